package org.opencity.report;

import org.opencity.identity.AuditAction;

/**
 * What the report module audits: the desk's steps, category rules and Open311 keys.
 */
public enum ReportAuditAction implements AuditAction {
    REPORT_ASSIGNED,
    REPORT_STARTED,
    REPORT_TRANSFERRED,
    REPORT_NOTE_ADDED,
    REPORT_ANSWERED,
    REPORT_RESOLVED,
    REPORT_REJECTED,
    REPORT_MERGED,
    REPORT_CATEGORY_CHANGED,
    OPEN311_KEY_CREATED,
    OPEN311_KEY_REVOKED
}
