package org.opencity.report;

import java.time.Instant;
import org.opencity.identity.AccountId;

/**
 * A public step happened on a report (assigned, answered, resolved, transferred…): the reporter and the
 * residents who joined it should hear about it.
 *
 * @param reporter null for reports without an account (Open311, hotline)
 * @param stepId the report's timeline entry for this step (the {@link ReportUpdate#updateId()} partners see), so two
 *        steps of the same kind are two events whatever the clock says; null only in publications stored before
 *        events carried it
 */
public record ReportStatusChanged(
        ReportId reportId,
        String number,
        AccountId reporter,
        ReportStatus status,
        String kind,
        String publicText,
        Instant at,
        Long stepId) {}
