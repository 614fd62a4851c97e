package org.opencity.queue;

import org.opencity.identity.AuditAction;

/** What the queue audits: every clerk's action at a counter. */
public enum QueueAuditAction implements AuditAction {
    QUEUE_COUNTER_OPENED,
    QUEUE_COUNTER_CLOSED,
    QUEUE_TICKET_CALLED,
    QUEUE_TICKET_RECALLED,
    QUEUE_TICKET_SKIPPED,
    QUEUE_TICKET_TRANSFERRED,
    QUEUE_TICKET_SERVING,
    QUEUE_TICKET_FINISHED,
    QUEUE_APPOINTMENT_CHECKED_IN
}
