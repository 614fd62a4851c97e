package org.opencity.assistant.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencity.assistant.internal.conversation.AssistantProperties;
import org.springframework.stereotype.Component;

/**
 * At most {@code opencity.assistant.rate-limit.requests} questions (and hand-over requests) per window per client:
 * per account for a signed-in resident, per IP address for anyone else. Counted in fixed windows on the platform's
 * clock, on each node: a client spread over n nodes gets at most n times the limit. Unlike the dossier look-up's
 * throttle (which guards a secret of four digits and is counted in the database), this only sheds load, and a
 * database write per question would cost more than it saves.
 */
@Component
class QuestionRateLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, AtomicInteger> counts;

    QuestionRateLimit(AssistantProperties properties, Clock clock) {
        this.limit = properties.rateLimit().requests();
        this.window = properties.rateLimit().window();
        this.clock = clock;
        this.counts = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterWrite(window.multipliedBy(2))
                .build();
    }

    /** Empty when the client may go on; otherwise how long until it may. */
    Optional<Duration> refusal(String client) {
        long now = clock.millis();
        long windowMillis = window.toMillis();
        long index = Math.floorDiv(now, windowMillis);
        int used = counts.get(client + "@" + index, key -> new AtomicInteger()).incrementAndGet();
        if (used <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((index + 1) * windowMillis - now));
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static String client(String remoteAddress) {
        return SignedInResident.current().map(account -> "account:" + account).orElse("ip:" + remoteAddress);
    }
}
