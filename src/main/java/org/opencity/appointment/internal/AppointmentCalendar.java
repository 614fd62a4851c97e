package org.opencity.appointment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.opencity.appointment.Appointment;
import org.opencity.appointment.AppointmentStatus;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An appointment as an RFC 5545 event (ical4j): start and end in Asia/Ho_Chi_Minh with the zone's definition, the
 * point's address and position, the code, a link back and a reminder an hour before. The UID stays the same when the
 * appointment moves and SEQUENCE grows, so a calendar that imported it updates the event instead of adding one; a
 * cancelled appointment is a CANCELLED event.
 */
@Component
class AppointmentCalendar {

    static final Duration ALARM_BEFORE = Duration.ofHours(1);

    private final MessageSource messages;
    private final String baseUrl;
    private final Clock clock;

    AppointmentCalendar(
            MessageSource messages, @Value("${opencity.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    byte[] of(Appointment appointment, ServicePoint point, Locale locale) {
        VTimeZone zone = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(WorkingCalendar.VIETNAM.getId())
                .getVTimeZone();
        String summary = messages.getMessage("appointment.ics.summary", new Object[] {appointment.pointName()}, locale);
        String description = messages.getMessage(
                "appointment.ics.description", new Object[] {appointment.code(), appointment.procedureName()}, locale);
        VEvent event = new VEvent(
                appointment.start().atZone(WorkingCalendar.VIETNAM),
                appointment.end().atZone(WorkingCalendar.VIETNAM),
                summary);
        event.add(new Uid(appointment.id() + "@opencity"));
        event.add(new DtStamp(clock.instant()));
        event.add(new Sequence(appointment.version()));
        event.add(new Description(description));
        event.add(new Location(appointment.pointName() + ", " + appointment.pointAddress()));
        event.add(new Url(URI.create(baseUrl + "/appointments/" + appointment.id())));
        event.add(
                appointment.status() == AppointmentStatus.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        if (point != null && point.lat() != null && point.lon() != null) {
            event.add(new Geo(BigDecimal.valueOf(point.lat()), BigDecimal.valueOf(point.lon())));
        }
        VAlarm alarm = new VAlarm(ALARM_BEFORE.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(summary));
        event.add(alarm);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//OpenCity//Appointments//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(zone);
        calendar.add(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }
}
