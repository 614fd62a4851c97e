package org.opencity.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One node's server-sent event streams, grouped by a key (a service point's board, a poll's results): who follows
 * what, sending to every stream of a key, heartbeats, and forgetting a stream once its browser has gone. A stream
 * ends after its lifetime (the browser reconnects, to any node) and when the application stops.
 */
public class EventStreams<K> {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);

    private final Duration lifetime;
    private final Map<K, List<SseEmitter>> streams = new ConcurrentHashMap<>();

    public EventStreams(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /** A new stream of the key, first sent {@code first} (the state now). */
    public SseEmitter subscribe(K key, Supplier<SseEmitter.SseEventBuilder> first) {
        SseEmitter emitter = new SseEmitter(lifetime.toMillis());
        List<SseEmitter> list = streams.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> {
            list.remove(emitter);
            emitter.complete();
        });
        emitter.onError(failure -> list.remove(emitter));
        list.add(emitter);
        send(key, emitter, first);
        return emitter;
    }

    /** Sends the event to every stream of the key; a stream whose browser has gone is ended and forgotten. */
    public void send(K key, Supplier<SseEmitter.SseEventBuilder> event) {
        List<SseEmitter> list = streams.get(key);
        if (list != null) {
            list.forEach(emitter -> send(key, emitter, event));
        }
    }

    /** A comment line on every stream, so that proxies keep quiet streams open. */
    public void heartbeat() {
        streams.forEach((key, list) -> list.forEach(
                emitter -> send(key, emitter, () -> SseEmitter.event().comment("heartbeat"))));
    }

    /** The keys someone follows now; keys whose streams have all ended are forgotten. */
    public Set<K> followed() {
        streams.entrySet().removeIf(e -> e.getValue().isEmpty());
        return Set.copyOf(streams.keySet());
    }

    public boolean isFollowed(K key) {
        List<SseEmitter> list = streams.get(key);
        return list != null && !list.isEmpty();
    }

    public int listeners(K key) {
        List<SseEmitter> list = streams.get(key);
        return list == null ? 0 : list.size();
    }

    /** Ends every stream (the application stops; browsers reconnect to another node). */
    public void closeAll() {
        streams.values().forEach(list -> {
            for (SseEmitter emitter : list) {
                list.remove(emitter);
                emitter.complete();
            }
        });
    }

    private void send(K key, SseEmitter emitter, Supplier<SseEmitter.SseEventBuilder> event) {
        try {
            emitter.send(event.get());
        } catch (IOException | IllegalStateException gone) {
            log.debug("stream of {} closed: {}", key, gone.getMessage());
            List<SseEmitter> list = streams.get(key);
            if (list != null) {
                list.remove(emitter);
            }
            ServerSentEvents.endAfterFailure(emitter, gone);
        }
    }
}
