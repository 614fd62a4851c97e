package org.opencity.report;

import java.time.Instant;
import org.opencity.identity.AccountId;

/**
 * A report was given to an officer to handle: the officer should hear of it.
 *
 * @param stepId the report's timeline entry for this assignment; null only in publications stored before events
 *        carried it
 */
public record ReportAssigned(
        ReportId reportId, String number, AccountId assignee, String categoryCode, Instant at, Long stepId) {}
