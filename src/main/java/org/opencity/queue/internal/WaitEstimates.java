package org.opencity.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencity.queue.Ticket;
import org.opencity.queue.TicketBuilder;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.opencity.servicepoint.WaitingFigures;
import org.springframework.stereotype.Component;

/**
 * How long a ticket should wait: {@code ceil(position × mean service time / max(1, open counters serving the line))},
 * the mean taken over the line's last finished tickets (at most {@code history-size}, within {@code history-window}),
 * {@code default-service-time} when the line has none. Also today's waiting per line for the point's page.
 */
@Component
public class WaitEstimates implements WaitingFigures {

    private final TicketRepository tickets;
    private final CounterRepository counters;
    private final ServicePoints points;
    private final QueueMoves moves;
    private final java.util.Map<String, CachedMean> means = new java.util.concurrent.ConcurrentHashMap<>();

    static final long MEAN_FRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    WaitEstimates(TicketRepository tickets, CounterRepository counters, ServicePoints points, QueueMoves moves) {
        this.tickets = tickets;
        this.counters = counters;
        this.points = points;
        this.moves = moves;
    }

    /**
     * The line's mean service time, kept for {@link #MEAN_FRESH_NANOS} (30 s): every board update and ticket page
     * needs it, and it moves slowly.
     */
    public Duration meanService(String point, String line) {
        String key = point + "/" + line;
        long now = System.nanoTime();
        CachedMean cached = means.get(key);
        if (cached != null && now - cached.at() < MEAN_FRESH_NANOS) {
            return cached.mean();
        }
        Duration mean = computeMean(point, line);
        means.put(key, new CachedMean(mean, now));
        return mean;
    }

    private Duration computeMean(String point, String line) {
        QueueProperties settings = moves.settings();
        List<Double> seconds = tickets.recentServiceSeconds(
                point, line, moves.now().minus(settings.historyWindow()), settings.historySize());
        if (seconds.isEmpty()) {
            return settings.defaultServiceTime();
        }
        double mean =
                seconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return Duration.ofMillis(Math.round(mean * 1000));
    }

    public static int minutes(int position, Duration mean, int openCounters) {
        if (position <= 0) {
            return 0;
        }
        double seconds = position * (mean.toMillis() / 1000.0) / Math.max(1, openCounters);
        return (int) Math.ceil(seconds / 60.0);
    }

    public int openServing(ServicePoint point, String line, Set<Integer> open) {
        return (int) point.countersServing(line).stream()
                .filter(c -> open.contains(c.number()))
                .count();
    }

    /** A ticket as its page shows it, with its place and estimate when it is waiting. */
    public Ticket view(ServicePoint point, TicketRow row) {
        int before = 0;
        int minutes = 0;
        if (row.status() == org.opencity.queue.TicketStatus.WAITING) {
            Instant now = moves.now();
            before = tickets.ranked(point.code(), row.day(), moves.due(now)).stream()
                    .filter(r -> r.id().equals(row.id()))
                    .mapToInt(Ranked::before)
                    .findFirst()
                    .orElse(0);
            int open = openServing(point, row.lineCode(), counters.open(point.code()));
            minutes = minutes(before + 1, meanService(point.code(), row.lineCode()), open);
        }
        return TicketBuilder.builder()
                .id(row.id())
                .number(row.number())
                .pointCode(row.pointCode())
                .lineCode(row.lineCode())
                .day(row.day())
                .status(row.status())
                .priority(row.priority())
                .appointment(row.appointment())
                .ticketsBefore(before)
                .estimatedMinutes(minutes)
                .counter(row.status().atCounter() ? row.counterNumber() : null)
                .takenAt(row.takenAt())
                .build();
    }

    @Override
    public List<LineWaiting> today(String pointCode) {
        ServicePoint point = points.get(pointCode);
        LocalDate day = moves.today();
        List<Ranked> waiting = tickets.ranked(pointCode, day, moves.due(moves.now()));
        Set<Integer> open = counters.open(pointCode);
        List<LineWaiting> lines = new ArrayList<>();
        point.lines().forEach(line -> {
            int count = (int) waiting.stream()
                    .filter(r -> r.lineCode().equals(line.code()))
                    .count();
            int minutes =
                    minutes(count + 1, meanService(pointCode, line.code()), openServing(point, line.code(), open));
            lines.add(new LineWaiting(line.code(), count, minutes, tickets.servedOn(pointCode, day, line.code())));
        });
        return lines;
    }

    private record CachedMean(Duration mean, long at) {}
}
