package org.opencity.notification;

/**
 * The ways a notification reaches a person besides the in-app inbox, which always gets it.
 */
public enum NotificationChannel {
    EMAIL,
    SMS,
    PUSH
}
