package org.opencity.report;

import java.time.Instant;
import org.opencity.identity.AccountId;

/**
 * A report was given to an officer to handle: the officer should hear of it.
 */
public record ReportAssigned(ReportId reportId, String number, AccountId assignee, String categoryCode,
        Instant at) {
}
