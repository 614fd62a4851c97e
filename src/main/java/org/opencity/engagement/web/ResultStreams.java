package org.opencity.engagement.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opencity.engagement.PollResults;
import org.opencity.engagement.Results;
import org.opencity.engagement.internal.EngagementProperties;
import org.opencity.platform.ServerSentEvents;
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
    private final Map<UUID, List<SseEmitter>> streams = new ConcurrentHashMap<>();
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
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        List<SseEmitter> list = streams.computeIfAbsent(poll, p -> new CopyOnWriteArrayList<>());
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> {
            list.remove(emitter);
            emitter.complete();
        });
        emitter.onError(failure -> list.remove(emitter));
        list.add(emitter);
        send(poll, emitter, now);
        return emitter;
    }

    private void tick() {
        ticks++;
        streams.forEach((poll, list) -> {
            if (list.isEmpty()) {
                streams.remove(poll, list);
                lastSent.remove(poll);
                return;
            }
            try {
                PollResults now = results.of(poll, null);
                PollResults before = lastSent.get(poll);
                if (before == null || !sameCount(before, now)) {
                    lastSent.put(poll, now);
                    list.forEach(emitter -> send(poll, emitter, now));
                } else if (ticks % HEARTBEAT_TICKS == 0) {
                    list.forEach(emitter -> comment(poll, emitter));
                }
            } catch (RuntimeException failure) {
                log.warn("results of poll {} not sent: {}", poll, failure.toString());
            }
        });
    }

    private static boolean sameCount(PollResults a, PollResults b) {
        return a.status() == b.status() && Objects.equals(a.criteria(), b.criteria());
    }

    private void send(UUID poll, SseEmitter emitter, PollResults state) {
        try {
            emitter.send(SseEmitter.event().name(EVENT).data(state, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            drop(poll, emitter, gone);
        }
    }

    private void comment(UUID poll, SseEmitter emitter) {
        try {
            emitter.send(SseEmitter.event().comment("heartbeat"));
        } catch (IOException | IllegalStateException gone) {
            drop(poll, emitter, gone);
        }
    }

    private void drop(UUID poll, SseEmitter emitter, Exception gone) {
        log.debug("results stream closed: {}", gone.getMessage());
        List<SseEmitter> list = streams.get(poll);
        if (list != null) {
            list.remove(emitter);
        }
        ServerSentEvents.endAfterFailure(emitter, gone);
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        timer.shutdownNow();
        streams.values().forEach(list -> {
            for (SseEmitter emitter : list) {
                list.remove(emitter);
                emitter.complete();
            }
        });
    }
}
