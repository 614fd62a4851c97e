package org.opencity.engagement;

import org.opencity.identity.AuditAction;

/** What the engagement module audits: officers' actions on polls and their reads of what people wrote. */
public enum EngagementAuditAction implements AuditAction {
    POLL_CREATED,
    POLL_RESULT_PUBLISHED,
    POLL_PATTERNS_READ,
    SURVEY_ANSWERS_READ
}
