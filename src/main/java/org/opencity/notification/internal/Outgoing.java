package org.opencity.notification.internal;

import org.opencity.identity.Account;

/**
 * One notification on its way out through one channel.
 *
 * @param deliveryId also given to the provider as a reference, so that it can drop a duplicate
 * @param recipient the person, or null for a text to a number that has no account
 * @param phone the number a text goes to (national form, 0912345678, for an account and a bare number alike), or
 *        null when there is none
 * @param link an absolute address where the person can see the matter, or null
 */
public record Outgoing(
        long deliveryId, Account recipient, String phone, NotificationTemplates.Rendered text, String link) {}
