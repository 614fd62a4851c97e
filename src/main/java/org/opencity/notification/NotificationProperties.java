package org.opencity.notification;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications leave the platform, prefix {@code opencity.notification}. A channel without its settings
 * (no mail host, no SMS gateway URL) is off: nothing is queued for it.
 *
 * @param mailFrom sender of emails; email is on when {@code spring.mail.host} is set
 * @param sms the HTTP gateway of an SMS provider
 * @param pushSubject contact the push services may use to reach the operator (mailto: or https:)
 * @param poll how often the sender looks for due deliveries
 * @param batch how many deliveries one look takes
 * @param lease how long a claimed delivery belongs to its sender before another may take it over
 * @param maxAttempts attempts before a delivery is given up (an administrator can still resend it)
 * @param firstRetry wait after the first failure; doubled after each further failure
 * @param longestRetry the wait never grows beyond this
 */
@ConfigurationProperties("opencity.notification")
public record NotificationProperties(
        @DefaultValue("OpenCity Hà Nội <no-reply@opencity.local>")
        String mailFrom,

        @DefaultValue Sms sms,
        @DefaultValue("mailto:admin@opencity.local") String pushSubject,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("2s") Duration poll,
        @DefaultValue("20") int batch,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("6h") Duration longestRetry) {

    /**
     * An SMS provider's HTTP API. The body template may use {phone} (E.164, e.g. +84912345678), {phoneLocal}
     * (0912345678), {text} and {reference} (the delivery id, for the provider to drop duplicates); values are
     * escaped for the content type (JSON or form).
     */
    public record Sms(
            String url,
            @DefaultValue("application/json") String contentType,

            @DefaultValue("{\"to\":\"{phone}\",\"text\":\"{text}\",\"ref\":\"{reference}\"}")
            String bodyTemplate,

            @DefaultValue Map<String, String> headers,
            @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
