package org.opencity.notification.internal;

import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter and everyone who joined a report about each public step. Runs after the report's transaction
 * commits, from the stored event, so a failure here never undoes the step and a restart delivers what was missed;
 * a step handled twice adds nothing (one inbox message and one delivery per person, step and channel).
 */
@Component
class ReportNotifier {

    private final ReportManagement reports;
    private final Notifier notifier;

    ReportNotifier(ReportManagement reports, Notifier notifier) {
        this.reports = reports;
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(ReportStatusChanged event) {
        String matter = "report:" + event.number();
        String source = Notifier.stepKey(
                matter,
                event.kind(),
                event.stepId(),
                matter + ":" + event.kind() + ":" + event.at().toEpochMilli());
        String template = switch (event.kind()) {
            case "RECEIVED" -> "report.received";
            case "ASSIGNED" -> "report.assigned";
            case "ANSWERED" -> "report.answered";
            case "RESOLVED" -> "report.resolved";
            default -> "report.updated";
        };
        String text = event.publicText() != null
                ? event.publicText()
                : NotificationTemplates.key("notification." + template + ".default");
        List<String> params = List.of(
                event.number(),
                text,
                NotificationTemplates.key("report.kind." + event.kind()),
                NotificationTemplates.key("report.status." + event.status().name()));
        for (AccountId follower : reports.followers(event.reportId())) {
            notifier.notify(follower, source, template, params, "/reports/" + event.number());
        }
    }
}
