package org.opencity.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencity.dossier.DossierAssigned;
import org.opencity.report.ReportAssigned;
import org.opencity.shared.WorkingCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an officer when a report or a dossier is given to them, with where to find it (and the deadline of a
 * dossier), through the channels they chose like any resident.
 */
@Component
class OfficerNotifier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Notifier notifier;

    OfficerNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(ReportAssigned event) {
        String matter = "report:" + event.number();
        notifier.notify(
                event.assignee(),
                Notifier.stepKey(
                        matter,
                        "ASSIGNED-TO",
                        event.stepId(),
                        matter + ":ASSIGNED-TO:" + event.at().toEpochMilli()),
                "officer.report-assigned",
                List.of(event.number()),
                "/officer/reports/" + event.number());
    }

    @ApplicationModuleListener
    void on(DossierAssigned event) {
        String due = event.dueAt() == null ? "" : DATE.format(event.dueAt().atZone(WorkingCalendar.VIETNAM));
        String matter = "dossier:" + event.code();
        notifier.notify(
                event.assignee(),
                Notifier.stepKey(
                        matter,
                        "ASSIGNED-TO",
                        event.stepId(),
                        matter + ":ASSIGNED-TO:" + event.at().toEpochMilli()),
                "officer.dossier-assigned",
                List.of(event.code(), event.procedureName(), due),
                "/officer/dossiers/" + event.code());
    }
}
