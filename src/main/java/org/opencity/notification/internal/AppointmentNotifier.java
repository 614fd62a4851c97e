package org.opencity.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencity.appointment.AppointmentBooked;
import org.opencity.appointment.AppointmentReminderDue;
import org.opencity.shared.WorkingCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Confirms a booked or moved appointment and reminds the resident the day before. The key holds the start time, so a
 * moved appointment is confirmed again (and reminded again) while a handled event adds nothing.
 */
@Component
class AppointmentNotifier {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Notifier notifier;

    AppointmentNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(AppointmentBooked event) {
        notifier.notify(
                event.resident(),
                "appointment:" + event.code() + ":BOOKED:" + event.start().getEpochSecond(),
                "appointment.confirmed",
                List.of(event.pointName(), when(event.start()), event.code()),
                "/appointments/" + event.id());
    }

    @ApplicationModuleListener
    void on(AppointmentReminderDue event) {
        notifier.notify(
                event.resident(),
                "appointment:" + event.code() + ":REMINDER:" + event.start().getEpochSecond(),
                "appointment.reminder",
                List.of(event.pointName(), when(event.start()), event.code()),
                "/appointments/" + event.id());
    }

    private static String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(WorkingCalendar.VIETNAM));
    }
}
