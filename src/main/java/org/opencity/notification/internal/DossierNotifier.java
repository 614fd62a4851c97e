package org.opencity.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencity.dossier.DossierReceived;
import org.opencity.dossier.DossierRefused;
import org.opencity.dossier.DossierResultIssued;
import org.opencity.dossier.DossierReturned;
import org.opencity.shared.WorkingCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant when the desk receives their dossier (with the date the result is promised for), when it needs
 * more, when it is refused and when the signed result is ready. One message per step: the key is the id of the
 * step's history entry, so a dossier sent back twice for the same reason, or received again after a supplement,
 * is told each time, and a step handled twice is told once.
 */
@Component
class DossierNotifier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Notifier notifier;

    DossierNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(DossierReceived event) {
        String due = event.dueAt() == null ? "" : DATE.format(event.dueAt().atZone(WorkingCalendar.VIETNAM));
        String matter = "dossier:" + event.code();
        notifier.notify(
                event.applicant(),
                Notifier.stepKey(matter, "RECEIVED", event.stepId(), matter + ":RECEIVED"),
                "dossier.received",
                List.of(event.code(), event.procedureName(), due),
                link(event.code()));
    }

    @ApplicationModuleListener
    void on(DossierReturned event) {
        // A dossier may be sent back more than once, for the same reason too; each request is its own notification.
        String matter = "dossier:" + event.code();
        notifier.notify(
                event.applicant(),
                Notifier.stepKey(
                        matter,
                        "RETURNED",
                        event.stepId(),
                        matter + ":RETURNED:" + event.reason().hashCode()),
                "dossier.supplement",
                List.of(event.code(), event.procedureName(), event.reason()),
                link(event.code()));
    }

    @ApplicationModuleListener
    void on(DossierRefused event) {
        String matter = "dossier:" + event.code();
        notifier.notify(
                event.applicant(),
                Notifier.stepKey(matter, "REFUSED", event.stepId(), matter + ":REFUSED"),
                "dossier.refused",
                List.of(event.code(), event.procedureName(), event.reason()),
                link(event.code()));
    }

    @ApplicationModuleListener
    void on(DossierResultIssued event) {
        String matter = "dossier:" + event.code();
        notifier.notify(
                event.applicant(),
                Notifier.stepKey(matter, "RESULT", event.stepId(), matter + ":RESULT"),
                "dossier.result-ready",
                List.of(event.code(), event.procedureName()),
                link(event.code()));
    }

    private static String link(String code) {
        return "/dossiers/" + code;
    }
}
