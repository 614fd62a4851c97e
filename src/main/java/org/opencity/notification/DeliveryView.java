package org.opencity.notification;

import java.time.Instant;

/**
 * One delivery as administrators see it: the address is masked, the text is not repeated.
 */
public record DeliveryView(
        long id,
        NotificationChannel channel,
        String template,
        String sourceEvent,
        String maskedAddress,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt) {}
