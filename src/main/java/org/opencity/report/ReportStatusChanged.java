package org.opencity.report;

import java.time.Instant;
import org.opencity.identity.AccountId;

/**
 * A public step happened on a report (assigned, answered, resolved, transferred…): the reporter and the
 * residents who joined it should hear about it.
 *
 * @param reporter null for reports without an account (Open311, hotline)
 */
public record ReportStatusChanged(ReportId reportId, String number, AccountId reporter, ReportStatus status,
        String kind, String publicText, Instant at) {
}
