package org.opencity.engagement.web;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opencity.engagement.PollResults;
import org.opencity.engagement.Results;
import org.opencity.engagement.internal.EngagementProperties;
import org.opencity.platform.EventStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's live-results streams, per poll. Every {@code results-interval} (1 s) the node reads the running tally of
 * each poll someone here follows (a few dozen rows, whatever the number of votes) and sends it, as an event named
 * {@code results}, to that poll's streams when it changed; a comment every 20 s keeps quiet streams open. Votes
 * committed on any node show here within the interval: the tally in PostgreSQL is the one source.
 */
@Component
class ResultStreams {

    static final String EVENT = "results";
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    static final long HEARTBEAT_TICKS = 20;

    private static final Logger log = LoggerFactory.getLogger(ResultStreams.class);

    private final Results results;
    private final EventStreams<UUID> streams = new EventStreams<>(STREAM_LIFETIME);
    private final Map<UUID, PollResults> lastSent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "poll-results");
        thread.setDaemon(true);
        return thread;
    });
    private long ticks;

    ResultStreams(Results results, EngagementProperties properties) {
        this.results = results;
        long every = properties.resultsInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** A new stream of the poll's results, starting with them now. The caller has checked the viewer may see them. */
    SseEmitter subscribe(UUID poll, PollResults now) {
        return streams.subscribe(poll, () -> event(now));
    }

    private void tick() {
        ticks++;
        lastSent.keySet().retainAll(streams.followed());
        for (UUID poll : streams.followed()) {
            try {
                PollResults now = results.of(poll, null);
                PollResults before = lastSent.get(poll);
                if (before == null || !sameCount(before, now)) {
                    lastSent.put(poll, now);
                    streams.send(poll, () -> event(now));
                }
            } catch (RuntimeException failure) {
                log.warn("results of poll {} not sent: {}", poll, failure.toString());
            }
        }
        if (ticks % HEARTBEAT_TICKS == 0) {
            streams.heartbeat();
        }
    }

    private static boolean sameCount(PollResults a, PollResults b) {
        return a.status() == b.status() && Objects.equals(a.criteria(), b.criteria());
    }

    private static SseEmitter.SseEventBuilder event(PollResults state) {
        return SseEmitter.event().name(EVENT).data(state, MediaType.APPLICATION_JSON);
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        timer.shutdownNow();
        streams.closeAll();
    }
}
