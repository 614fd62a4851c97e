package org.opencity.hotline.internal.console;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The console's live view: the agents' browsers on this node hold a server-sent event stream each, and an event named
 * {@code queue} goes to all of them whenever the queue or the call-backs change. A change may be made on any node (a
 * caller's request, another agent's click), so every second this node compares the queue's version in the database
 * with the last one it saw, instead of trusting its own memory. A comment line every ~20 seconds keeps proxies from
 * closing a quiet stream.
 */
@Component
public class QueueBroadcaster {

    static final String EVENT = "queue";
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    static final long HEARTBEAT_NANOS = Duration.ofSeconds(20).toNanos();

    private static final Logger log = LoggerFactory.getLogger(QueueBroadcaster.class);

    private final QueueRepository queue;
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> seen = new AtomicReference<>();
    private volatile long lastHeartbeat = System.nanoTime();

    QueueBroadcaster(QueueRepository queue) {
        this.queue = queue;
    }

    /** A new stream for an agent's browser; it ends after {@link #STREAM_LIFETIME} and the browser reconnects. */
    public SseEmitter subscribe(Actor agent) {
        HotlineOfficers.require(agent);
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> {
            emitters.remove(emitter);
            emitter.complete();
        });
        emitter.onError(failure -> emitters.remove(emitter));
        seen.compareAndSet(null, queue.version());
        emitters.add(emitter);
        return emitter;
    }

    /** Every second: tell this node's agents when the queue changed; now and then, a heartbeat. */
    @Scheduled(fixedDelayString = "${opencity.hotline.console-tick:1s}", initialDelayString = "5s")
    public void tick() {
        if (emitters.isEmpty()) {
            // Nobody listens here: nothing to compare with until someone does (subscribe takes the version then).
            seen.set(null);
            return;
        }
        String now = queue.version();
        String before = seen.getAndSet(now);
        if (before != null && !Objects.equals(before, now)) {
            send(() -> SseEmitter.event().name(EVENT).data("changed"));
            lastHeartbeat = System.nanoTime();
        } else if (System.nanoTime() - lastHeartbeat >= HEARTBEAT_NANOS) {
            send(() -> SseEmitter.event().comment("heartbeat"));
            lastHeartbeat = System.nanoTime();
        }
    }

    /**
     * Ends every stream when the application stops, so a graceful shutdown does not wait for open consoles (their
     * browsers reconnect to another node, or to this one when it is back).
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        for (SseEmitter emitter : emitters) {
            emitters.remove(emitter);
            emitter.complete();
        }
    }

    /** How many browsers this node is streaming to. */
    public int listeners() {
        return emitters.size();
    }

    /** Each stream gets its own event: a builder is spent once it has been written. */
    private void send(Supplier<SseEmitter.SseEventBuilder> event) {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(event.get());
            } catch (IOException | IllegalStateException gone) {
                // The browser went away: the stream is over (its onError/onCompletion removes it too).
                log.debug("console stream closed: {}", gone.getMessage());
                emitters.remove(emitter);
                org.opencity.platform.ServerSentEvents.endAfterFailure(emitter, gone);
            }
        }
    }
}
