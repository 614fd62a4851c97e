package org.opencity.engagement.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * At most {@code person-limit} vote attempts per account and {@code network-limit} per network in each window, on
 * each node (a voter spread over n nodes gets n times the limit). The database already counts one vote per person;
 * this sheds scripted load before it reaches the database, without a CAPTCHA.
 */
@Component
class VoteRateLimit {

    private final EngagementProperties properties;
    private final Clock clock;
    private final Cache<String, AtomicInteger> counts;

    VoteRateLimit(EngagementProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.counts = Caffeine.newBuilder()
                .maximumSize(500_000)
                .expireAfterWrite(properties.limitWindow().multipliedBy(2))
                .build();
    }

    /** Seconds until the caller may try again, or 0 when it may go on now. */
    long refusal(String voter, String network) {
        long now = clock.millis();
        long window = properties.limitWindow().toMillis();
        long index = Math.floorDiv(now, window);
        boolean personOver = used("p:" + voter + "@" + index) > properties.personLimit();
        boolean networkOver = used("n:" + network + "@" + index) > properties.networkLimit();
        if (!personOver && !networkOver) {
            return 0;
        }
        return Math.max(1, ((index + 1) * window - now + 999) / 1000);
    }

    private int used(String key) {
        return counts.get(key, k -> new AtomicInteger()).incrementAndGet();
    }
}
