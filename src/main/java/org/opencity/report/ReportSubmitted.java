package org.opencity.report;

import org.opencity.identity.AccountId;
import org.opencity.identity.UnitId;

/**
 * A new report was received and routed to a unit.
 */
public record ReportSubmitted(ReportId reportId, String number, AccountId reporter, UnitId unit, String categoryCode) {}
