package org.opencity.report.internal;

import org.opencity.report.ReportChangedMeanwhile;
import org.opencity.report.ReportManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, closes resolved reports the resident neither rated nor reopened. Safe on several nodes at once:
 * each change is a versioned update, so a report another node closed first is skipped.
 */
@Component
class AutoCloseJob {

    private static final Logger log = LoggerFactory.getLogger(AutoCloseJob.class);

    private final ReportManagement reports;

    AutoCloseJob(ReportManagement reports) {
        this.reports = reports;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void closeUnrated() {
        try {
            int closed = reports.closeUnratedResolved(500);
            if (closed > 0) {
                log.info("Closed {} resolved reports nobody rated", closed);
            }
        } catch (ReportChangedMeanwhile raced) {
            log.debug("Another node closed reports at the same time; the next run picks up the rest");
        }
    }
}
