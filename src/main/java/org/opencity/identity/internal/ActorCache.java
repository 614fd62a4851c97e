package org.opencity.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.platform.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * Who a request's account is and which roles it holds, kept for a few seconds: every API call needs it, and reading
 * it costs a connection and two queries. A change made on this node is seen at once (the repository forgets the
 * account when the change commits); another node sees it within {@link #TTL}.
 */
@Component
public class ActorCache {

    static final Duration TTL = Duration.ofSeconds(5);

    private final Cache<AccountId, Actor> actors =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(TTL).build();

    public Optional<Actor> get(AccountId id, Supplier<Optional<Actor>> load) {
        Actor cached = actors.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Actor> loaded = load.get();
        loaded.ifPresent(actor -> actors.put(id, actor));
        return loaded;
    }

    void forgetAfterCommit(AccountId id) {
        actors.invalidate(id);
        AfterCommit.run(() -> actors.invalidate(id));
    }
}
