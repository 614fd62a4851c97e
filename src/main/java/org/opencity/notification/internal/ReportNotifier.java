package org.opencity.notification.internal;

import java.util.Locale;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportStatusChanged;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter and everyone who joined a report about each public step, in their own language.
 * Runs after the report's transaction commits, from the stored event, so a failure here never undoes the step
 * and a restart delivers what was missed.
 */
@Component
class ReportNotifier {

    private final ReportManagement reports;
    private final AccountManagement accounts;
    private final InboxRepository inbox;
    private final MessageSource messages;

    ReportNotifier(ReportManagement reports, AccountManagement accounts, InboxRepository inbox, MessageSource messages) {
        this.reports = reports;
        this.accounts = accounts;
        this.inbox = inbox;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReportStatusChanged event) {
        String source = "report:" + event.number() + ":" + event.kind() + ":" + event.at().toEpochMilli();
        for (AccountId follower : reports.followers(event.reportId())) {
            Locale locale = Locale.forLanguageTag(accounts.account(follower).locale());
            String kind = messages.getMessage("report.kind." + event.kind(), null, event.kind(), locale);
            String status = messages.getMessage("report.status." + event.status(), null, event.status().name(), locale);
            String title = messages.getMessage("notification.report.title", new Object[] {event.number(), kind}, locale);
            String body = event.publicText() != null ? event.publicText()
                    : messages.getMessage("notification.report.status", new Object[] {status}, locale);
            inbox.deliver(follower.value(), source, title, body, "/reports/" + event.number());
        }
    }
}
