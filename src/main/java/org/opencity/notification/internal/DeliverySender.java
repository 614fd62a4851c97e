package org.opencity.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.notification.NotificationChannel;
import org.opencity.notification.NotificationProperties;
import org.opencity.notification.NotificationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one claimed delivery and records the outcome: sent, retried later with backoff, deferred past quiet hours,
 * or given up. The text is rendered now, in the language the person uses now (for a number without an account, the
 * language it was queued in).
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final Channels channels;
    private final AccountManagement accounts;
    private final NotificationTemplates templates;
    private final NotificationProperties properties;
    private final String baseUrl;
    private final Clock clock;

    DeliverySender(
            DeliveryRepository deliveries,
            Channels channels,
            AccountManagement accounts,
            NotificationTemplates templates,
            NotificationProperties properties,
            @Value("${opencity.base-url}") String baseUrl,
            Clock clock) {
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.deliveries = deliveries;
        this.channels = channels;
        this.accounts = accounts;
        this.templates = templates;
        this.properties = properties;
    }

    void send(DeliveryRepository.Delivery delivery) {
        Instant now = clock.instant();
        if (delivery.withoutAccount()) {
            sendToNumber(delivery, now);
            return;
        }
        Account account = accounts.account(new AccountId(delivery.account()));
        NotificationSettings settings = channels.settings(account.id());
        Optional<Channel> channel = channels.of(delivery.channel()).filter(Channel::available);
        if (channel.isEmpty() || !settings.allows(delivery.channel())) {
            deliveries.failed(
                    delivery.id(),
                    channel.isEmpty() ? "channel is not configured" : "the recipient turned this channel off");
            return;
        }
        if (delivery.channel() == NotificationChannel.SMS
                && settings.isQuiet(
                        now.atZone(org.opencity.shared.WorkingCalendar.VIETNAM).toLocalTime())) {
            deliveries.deferTo(delivery.id(), QuietHours.nextAllowed(settings, now), "quiet hours");
            return;
        }
        NotificationTemplates.Rendered text =
                templates.render(delivery.template(), delivery.params(), Locale.forLanguageTag(account.locale()));
        SendOutcome outcome = sendSafely(
                channel.get(), new Outgoing(delivery.id(), account, account.phone(), text, absolute(delivery.link())));
        record(delivery, outcome, now);
    }

    /**
     * A text to a number that has no account. There are no preferences to ask (nobody could have turned SMS off or
     * chosen quiet hours), so it goes as soon as it is due; see {@link org.opencity.notification.TextMessages}.
     */
    private void sendToNumber(DeliveryRepository.Delivery delivery, Instant now) {
        Optional<Channel> channel = channels.of(delivery.channel()).filter(Channel::available);
        if (channel.isEmpty()) {
            deliveries.failed(delivery.id(), "channel is not configured");
            return;
        }
        NotificationTemplates.Rendered text =
                templates.render(delivery.template(), delivery.params(), delivery.locale());
        Outgoing message =
                new Outgoing(delivery.id(), null, delivery.phone().national(), text, absolute(delivery.link()));
        record(delivery, sendSafely(channel.get(), message), now);
    }

    private SendOutcome sendSafely(Channel channel, Outgoing message) {
        try {
            return channel.send(message);
        } catch (RuntimeException unexpected) {
            log.warn("notification channel {} failed on delivery {}", channel.kind(), message.deliveryId(), unexpected);
            return SendOutcome.retry(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
        }
    }

    private void record(DeliveryRepository.Delivery delivery, SendOutcome outcome, Instant now) {
        RetrySchedule schedule = RetrySchedule.of(properties);
        int attempts = delivery.attempts() + 1;
        switch (outcome.kind()) {
            case SENT -> deliveries.sent(delivery.id(), outcome.detail());
            case PERMANENT -> deliveries.failed(delivery.id(), outcome.detail());
            case RETRY -> {
                if (schedule.givesUpAfter(attempts)) {
                    deliveries.failed(delivery.id(), outcome.detail());
                } else {
                    deliveries.retryAt(delivery.id(), schedule.next(now, attempts), outcome.detail());
                }
            }
        }
    }

    private String absolute(String link) {
        return link == null ? null : link.startsWith("/") ? baseUrl + link : link;
    }
}
