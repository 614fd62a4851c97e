package org.opencity.assistant;

import org.opencity.identity.AuditAction;

/**
 * What the assistant module audits: officers taking over conversations, and administrators changing what it
 * answers from (FAQ entries, words attached to a procedure).
 */
public enum AssistantAuditAction implements AuditAction {
    ASSISTANT_HANDOVER_TAKEN,
    ASSISTANT_FAQ_SAVED,
    ASSISTANT_FAQ_RETIRED,
    ASSISTANT_ALIAS_ADDED
}
