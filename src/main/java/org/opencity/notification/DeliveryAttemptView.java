package org.opencity.notification;

import java.time.Instant;

/**
 * One try at sending a delivery, or an administrator's resend.
 */
public record DeliveryAttemptView(Instant at, String outcome, String detail) {}
