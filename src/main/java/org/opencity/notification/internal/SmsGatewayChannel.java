package org.opencity.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.opencity.identity.Account;
import org.opencity.notification.NotificationChannel;
import org.opencity.notification.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * Text messages through a provider's HTTP API, described entirely by configuration (URL, headers, body template),
 * so that a Vietnamese SMS provider is plugged in without code. 2xx is sent; 408, 429 and 5xx are tried again;
 * any other answer means the message will never go through as it is. The provider's answer is kept for
 * administrators with the number masked, since providers often echo it.
 */
@Component
class SmsGatewayChannel implements Channel {

    private final NotificationProperties.Sms gateway;
    private final HttpClient http;

    SmsGatewayChannel(NotificationProperties properties) {
        this.gateway = properties.sms();
        this.http = HttpClient.newBuilder().connectTimeout(gateway.timeout()).build();
    }

    @Override
    public NotificationChannel kind() {
        return NotificationChannel.SMS;
    }

    @Override
    public boolean available() {
        return gateway.configured();
    }

    @Override
    public Optional<String> address(Account account) {
        return account.phone() == null || account.phone().isBlank()
                ? Optional.empty()
                : Optional.of(AddressHints.phone(account.phone()));
    }

    @Override
    public SendOutcome send(Outgoing message) {
        if (message.phone() == null || message.phone().isBlank()) {
            return SendOutcome.permanent("the recipient has no phone number any more");
        }
        String text = message.text().sms() + (message.link() == null ? "" : " " + message.link());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.url()))
                .timeout(gateway.timeout())
                .header("Content-Type", gateway.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(
                        body(message.phone(), text, message.deliveryId()), StandardCharsets.UTF_8));
        gateway.headers().forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String detail = "HTTP " + status + " " + withoutNumber(abbreviate(response.body()), message.phone());
            if (status / 100 == 2) {
                return SendOutcome.sent(detail);
            }
            return status == 408 || status == 429 || status >= 500
                    ? SendOutcome.retry(detail)
                    : SendOutcome.permanent(detail);
        } catch (IOException unreachable) {
            return SendOutcome.retry("gateway unreachable: " + unreachable);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return SendOutcome.retry("interrupted while sending");
        }
    }

    String body(String phone, String text, long reference) {
        String local = phone.startsWith("+84") ? "0" + phone.substring(3) : phone;
        return gateway.bodyTemplate()
                .replace("{phone}", escape(phone))
                .replace("{phoneLocal}", escape(local))
                .replace("{reference}", Long.toString(reference))
                .replace("{text}", escape(text));
    }

    private String escape(String value) {
        if (gateway.contentType().contains("json")) {
            StringBuilder quoted = new StringBuilder();
            tools.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(value, quoted);
            return quoted.toString();
        }
        return gateway.contentType().contains("x-www-form-urlencoded")
                ? URLEncoder.encode(value, StandardCharsets.UTF_8)
                : value;
    }

    /** Masks the subscriber digits, which every way of writing the number (0912…, +84912…, 84912…) contains. */
    static String withoutNumber(String detail, String phone) {
        String subscriber = phone.startsWith("+84") ? phone.substring(3) : phone.substring(1);
        return subscriber.length() <= 3 ? detail : detail.replace(subscriber, AddressHints.phone(subscriber));
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
