package org.opencity.engagement.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.opencity.engagement.Poll;
import org.opencity.platform.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * Polls as read a few seconds ago: every vote needs its poll, and a spike of votes on one poll would otherwise read
 * the same rows thousands of times a second. A poll's rules do not change once created; its publication is seen
 * at once on the node that published it and within {@link #TTL} on the others (the vote's own checks do not depend
 * on it: a poll is closed by its time).
 */
@Component
public class PollCache {

    static final Duration TTL = Duration.ofSeconds(5);

    private final Cache<UUID, Optional<Poll>> polls =
            Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(TTL).build();
    private final PollRepository repository;

    PollCache(PollRepository repository) {
        this.repository = repository;
    }

    public Optional<Poll> find(UUID id) {
        return polls.get(id, repository::find);
    }

    public void forgetAfterCommit(UUID id) {
        polls.invalidate(id);
        AfterCommit.run(() -> polls.invalidate(id));
    }
}
