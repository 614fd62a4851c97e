package org.opencity.notification.internal;

import com.interaso.webpush.WebPush;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencity.identity.Account;
import org.opencity.notification.NotificationChannel;
import org.opencity.notification.NotificationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web Push (RFC 8030/8291/8292) to every browser where the person allowed notifications. The com.interaso webpush
 * library encrypts the payload and signs the VAPID token; this class only posts it and reads the answer. A
 * subscription the push service no longer knows (404, 410) is removed.
 */
@Component
class WebPushChannel implements Channel {

    private static final int TTL_SECONDS = 24 * 3600;

    private final PushSubscriptionRepository subscriptions;
    private final VapidKeyStore keys;
    private final NotificationProperties properties;
    private final JsonMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WebPushChannel(
            PushSubscriptionRepository subscriptions,
            VapidKeyStore keys,
            NotificationProperties properties,
            JsonMapper json) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public NotificationChannel kind() {
        return NotificationChannel.PUSH;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<String> address(Account account) {
        int browsers = subscriptions.count(account.id().value());
        return browsers == 0 ? Optional.empty() : Optional.of(browsers + " browser(s)");
    }

    @Override
    public SendOutcome send(Outgoing message) {
        List<PushSubscriptionRepository.Subscription> targets =
                subscriptions.of(message.recipient().id().value());
        if (targets.isEmpty()) {
            return SendOutcome.permanent("no browser is subscribed any more");
        }
        byte[] payload = json.writeValueAsString(Map.of(
                        "title",
                        message.text().title(),
                        "body",
                        message.text().body(),
                        "url",
                        message.link() == null ? "/inbox" : message.link()))
                .getBytes(StandardCharsets.UTF_8);
        WebPush push = new WebPush(properties.pushSubject(), keys.keys());
        List<String> problems = new ArrayList<>();
        int delivered = 0;
        for (PushSubscriptionRepository.Subscription target : targets) {
            String outcome = post(push, target, payload, message.deliveryId());
            if (outcome == null) {
                delivered++;
            } else {
                problems.add(outcome);
            }
        }
        if (delivered > 0) {
            return SendOutcome.sent(
                    delivered + "/" + targets.size() + " browsers" + (problems.isEmpty() ? "" : "; " + problems));
        }
        return problems.stream().allMatch(p -> p.startsWith("gone"))
                ? SendOutcome.permanent(String.join("; ", problems))
                : SendOutcome.retry(String.join("; ", problems));
    }

    /** Null when the push service accepted the message, otherwise why not. */
    private String post(WebPush push, PushSubscriptionRepository.Subscription target, byte[] payload, long reference) {
        Base64.Decoder base64 = Base64.getUrlDecoder();
        try {
            byte[] body = push.getBody(payload, base64.decode(target.p256dh()), base64.decode(target.auth()));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.endpoint()))
                    .timeout(Duration.ofSeconds(15))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            push.getHeadersWithToken(target.endpoint(), TTL_SECONDS, "n" + reference, null)
                    .forEach((name, value) -> {
                        if (!name.equalsIgnoreCase("content-length")) {
                            request.header(name, value);
                        }
                    });
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status / 100 == 2) {
                return null;
            }
            if (status == 404 || status == 410) {
                subscriptions.expire(target.endpoint());
                return "gone (HTTP " + status + ")";
            }
            return "HTTP " + status;
        } catch (IOException | IllegalArgumentException unreachable) {
            return "unreachable: " + unreachable.getMessage();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
