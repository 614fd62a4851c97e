package org.opencity.assistant;

import org.opencity.identity.AuditAction;

/** What the assistant module audits: officers taking over conversations. */
public enum AssistantAuditAction implements AuditAction {
    ASSISTANT_HANDOVER_TAKEN
}
