package org.opencity.insight;

import org.opencity.identity.AuditAction;

/** What the insight module audits. */
public enum InsightAuditAction implements AuditAction {
    MONTHLY_REPORT_PRODUCED
}
