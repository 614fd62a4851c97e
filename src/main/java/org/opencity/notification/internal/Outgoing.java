package org.opencity.notification.internal;

import org.opencity.identity.Account;

/**
 * One notification on its way out through one channel.
 *
 * @param deliveryId also given to the provider as a reference, so that it can drop a duplicate
 * @param link an absolute address where the person can see the matter, or null
 */
public record Outgoing(long deliveryId, Account recipient, NotificationTemplates.Rendered text, String link) {}
