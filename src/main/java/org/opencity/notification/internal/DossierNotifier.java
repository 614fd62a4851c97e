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
 * more, when it is refused and when the signed result is ready. One message per dossier and step.
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
        notifier.notify(event.applicant(), "dossier:" + event.code() + ":RECEIVED", "dossier.received",
                List.of(event.code(), event.procedureName(), due), link(event.code()));
    }

    @ApplicationModuleListener
    void on(DossierReturned event) {
        // A dossier may be sent back more than once; each request is its own notification.
        notifier.notify(event.applicant(), "dossier:" + event.code() + ":RETURNED:" + event.reason().hashCode(),
                "dossier.supplement", List.of(event.code(), event.procedureName(), event.reason()), link(event.code()));
    }

    @ApplicationModuleListener
    void on(DossierRefused event) {
        notifier.notify(event.applicant(), "dossier:" + event.code() + ":REFUSED", "dossier.refused",
                List.of(event.code(), event.procedureName(), event.reason()), link(event.code()));
    }

    @ApplicationModuleListener
    void on(DossierResultIssued event) {
        notifier.notify(event.applicant(), "dossier:" + event.code() + ":RESULT", "dossier.result-ready",
                List.of(event.code(), event.procedureName()), link(event.code()));
    }

    private static String link(String code) {
        return "/dossiers/" + code;
    }
}
