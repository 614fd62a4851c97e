package org.opencity.servicepoint;

import org.opencity.identity.AuditAction;

/** What the service points audit: changes to counters and opening hours. */
public enum ServicePointAuditAction implements AuditAction {
    SERVICE_POINT_COUNTER_SAVED,
    SERVICE_POINT_OPENING_ADDED,
    SERVICE_POINT_OPENING_REMOVED
}
