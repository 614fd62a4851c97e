package org.opencity.notification;

import org.opencity.identity.AuditAction;

/**
 * What the notification module audits: administrators resending a delivery.
 */
public enum NotificationAuditAction implements AuditAction {
    NOTIFICATION_RESENT
}
