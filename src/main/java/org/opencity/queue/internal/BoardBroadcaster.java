package org.opencity.queue.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opencity.platform.EventStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's board streams, per point. A change anywhere reaches {@link #changed} through {@link QueueChannel}; the
 * board's state is read once per burst (changes within {@code opencity.queue.coalesce}, 100 ms, are sent as one) and
 * written to every stream of the point as an event named {@code board}. A comment line every ~20 s keeps proxies from
 * closing quiet streams; every stream ends when the application stops (browsers reconnect, to another node if need be).
 */
@Component
public class BoardBroadcaster {

    public static final String EVENT = "board";
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    static final int FLUSH_THREADS = 4;

    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final BoardReader boards;
    private final QueueProperties settings;
    private final EventStreams<String> streams = new EventStreams<>(STREAM_LIFETIME);
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    // Flushes of different points run side by side (a board's state is a few queries); one point's changes are
    // coalesced by the pending set, so a point is never flushed twice at once.
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(FLUSH_THREADS, task -> {
        Thread thread = new Thread(task, "queue-board");
        thread.setDaemon(true);
        return thread;
    });

    BoardBroadcaster(BoardReader boards, QueueProperties settings) {
        this.boards = boards;
        this.settings = settings;
        long beat = settings.heartbeat().toMillis();
        timer.scheduleAtFixedRate(streams::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** A new stream of a point's board, starting with its state now. The caller has checked that the point exists. */
    public SseEmitter subscribe(String point) {
        // The state is read once the stream is registered, so a change in between is sent to it too.
        return streams.subscribe(point, () -> event(boards.state(point)));
    }

    /** The point's queue changed (on any node): its boards here get the new state within the coalescing window. */
    public void changed(String point) {
        if (point == null || !streams.isFollowed(point)) {
            return;
        }
        if (pending.add(point)) {
            timer.schedule(() -> flush(point), settings.coalesce().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** After the channel was down, changes may have been missed: every board here is refreshed. */
    public void changedAll() {
        streams.followed().forEach(this::changed);
    }

    public int listeners(String point) {
        return streams.listeners(point);
    }

    private void flush(String point) {
        pending.remove(point);
        if (!streams.isFollowed(point)) {
            return;
        }
        try {
            BoardState state = boards.state(point);
            streams.send(point, () -> event(state));
        } catch (RuntimeException failure) {
            log.warn("board of {} not sent: {}", point, failure.toString());
        }
    }

    private static SseEmitter.SseEventBuilder event(BoardState state) {
        return SseEmitter.event().name(EVENT).data(state, MediaType.APPLICATION_JSON);
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        timer.shutdownNow();
        streams.closeAll();
    }
}
