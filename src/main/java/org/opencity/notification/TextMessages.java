package org.opencity.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opencity.notification.internal.DeliveryRepository;
import org.opencity.notification.internal.NotificationTemplates;
import org.opencity.platform.InvalidRequest;
import org.opencity.shared.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text messages to a phone number that has no account, e.g. the hotline telling a caller the number of the report
 * they phoned in. The text goes out like every other notification (the same queue, sender, retries, SMS gateway and
 * administrators' page), only without an inbox message, preferences or quiet hours, since those belong to an account.
 *
 * <p>A module calls this rather than publishing an event for the notification module to hear, because the caller
 * has no account for an event to name, and because all it does here is add one row in the caller's transaction: the
 * text is sent later by the sender, so a slow or broken gateway never holds up the caller, and a caller whose
 * transaction rolls back texts nothing.
 */
@Service
public class TextMessages {

    private static final Logger log = LoggerFactory.getLogger(TextMessages.class);

    private final DeliveryRepository deliveries;
    private final NotificationProperties properties;
    private final Clock clock;
    private final AtomicBoolean toldNoGateway = new AtomicBoolean();

    TextMessages(DeliveryRepository deliveries, NotificationProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues one text message to this number, rendered from {@code notification.<template>.sms} in this language when
     * it is sent. Nothing is queued when no SMS gateway is configured.
     *
     * @param phone a Vietnamese number as people write it (0912 345 678, +84 912 345 678)
     * @param sourceEvent a key unique to what the text is about (e.g. "hotline:PA-2026-000123:RECEIVED"): the same
     *        key again queues nothing, whatever the number
     * @param template one of {@link NotificationTemplates#ALL}, e.g. "report.received"
     * @param params the template's values by position, shown as they are
     * @param locale the language of the text; the caller's, since there is no account to remember it
     * @return whether this call queued a text (false: the key was used before, or there is no gateway)
     * @throws InvalidRequest when the number is not a Vietnamese phone number
     */
    @Transactional
    public boolean send(String phone, String sourceEvent, String template, List<String> params, Locale locale) {
        PhoneNumber number =
                PhoneNumber.parse(phone).orElseThrow(() -> new InvalidRequest("problem.notification.phone-invalid"));
        if (sourceEvent == null || sourceEvent.isBlank()) {
            throw new IllegalArgumentException("a text message needs the key of its source event");
        }
        if (!NotificationTemplates.ALL.contains(template)) {
            throw new IllegalArgumentException("no notification template " + template);
        }
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(locale, "locale");
        if (!properties.sms().configured()) {
            if (toldNoGateway.compareAndSet(false, true)) {
                log.warn("No SMS gateway is configured (opencity.notification.sms.url): text messages to numbers"
                        + " without an account are not sent");
            }
            return false;
        }
        // Due now: quiet hours are a preference kept with an account, and someone who just phoned in is waiting
        // for this text; it is the answer to their call, not news arriving in the night.
        return deliveries.queueText(number, sourceEvent, template, params, locale, clock.instant());
    }
}
