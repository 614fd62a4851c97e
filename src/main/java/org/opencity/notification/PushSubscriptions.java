package org.opencity.notification;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.notification.internal.PushSubscriptionRepository;
import org.opencity.notification.internal.VapidKeyStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers that allowed notifications. The platform only ever posts to the push services named in
 * {@code opencity.notification.push-hosts} (those of Chrome, Firefox, Edge and Safari by default): a subscription is
 * an address the server will call, so it must not point anywhere else.
 */
@Service
public class PushSubscriptions {

    private final PushSubscriptionRepository subscriptions;
    private final VapidKeyStore keys;
    private final List<String> allowedHosts;

    PushSubscriptions(
            PushSubscriptionRepository subscriptions,
            VapidKeyStore keys,
            @Value("${opencity.notification.push-hosts:fcm.googleapis.com,updates.push.services.mozilla.com,"
                            + "notify.windows.com,push.apple.com}")
                    List<String> allowedHosts) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.allowedHosts = allowedHosts;
    }

    /** What the page gives the browser's PushManager.subscribe as applicationServerKey. */
    public String publicKey() {
        return keys.applicationServerKey();
    }

    @Transactional
    public void subscribe(AccountId account, String endpoint, String p256dh, String auth, String userAgent) {
        if (!allowed(endpoint) || !isKey(p256dh, 65) || !isKey(auth, 16)) {
            throw new InvalidPushSubscription();
        }
        subscriptions.save(
                account.value(),
                endpoint,
                p256dh,
                auth,
                userAgent == null ? null : userAgent.substring(0, Math.min(200, userAgent.length())));
    }

    @Transactional
    public boolean unsubscribe(AccountId account, String endpoint) {
        return subscriptions.delete(account.value(), endpoint);
    }

    @Transactional(readOnly = true)
    public int count(AccountId account) {
        return subscriptions.count(account.value());
    }

    private boolean allowed(String endpoint) {
        try {
            URI uri = URI.create(endpoint);
            String host = uri.getHost();
            boolean secure = "https".equals(uri.getScheme()) || allowedHosts.contains("http://" + host);
            return host != null
                    && secure
                    && endpoint.length() <= 1000
                    && allowedHosts.stream()
                            .map(h -> h.replaceFirst("^http://", ""))
                            .anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            return false;
        }
    }

    private static boolean isKey(String base64url, int bytes) {
        try {
            return base64url != null && Base64.getUrlDecoder().decode(base64url.replace("=", "")).length == bytes;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
