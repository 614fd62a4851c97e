package org.opencity.notification;

/**
 * Where one delivery stands: waiting (possibly for a retry), claimed by a sender, sent, or given up.
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
