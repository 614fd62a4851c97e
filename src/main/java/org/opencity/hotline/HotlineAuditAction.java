package org.opencity.hotline;

import org.opencity.identity.AuditAction;

/**
 * What the hotline audits: an agent's dial address, calls accepted from the queue and closed, callers' numbers shown
 * for a call-back and call-backs done.
 */
public enum HotlineAuditAction implements AuditAction {
    HOTLINE_DIAL_ADDRESS_SAVED,
    HOTLINE_CALL_ACCEPTED,
    HOTLINE_CALL_CLOSED,
    HOTLINE_NUMBER_REVEALED,
    HOTLINE_CALLBACK_DONE
}
