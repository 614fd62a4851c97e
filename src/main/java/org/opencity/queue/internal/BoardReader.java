package org.opencity.queue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a point's board from the database, so every node shows the same whoever made the change. */
@Component
public class BoardReader {

    static final int RECENT = 6;
    static final int NEXT = 4;

    private final ServicePoints points;
    private final TicketRepository tickets;
    private final CounterRepository counters;
    private final WaitEstimates estimates;
    private final QueueMoves moves;

    BoardReader(
            ServicePoints points,
            TicketRepository tickets,
            CounterRepository counters,
            WaitEstimates estimates,
            QueueMoves moves) {
        this.points = points;
        this.tickets = tickets;
        this.counters = counters;
        this.estimates = estimates;
        this.moves = moves;
    }

    @Transactional(readOnly = true)
    public BoardState state(String pointCode) {
        ServicePoint point = points.get(pointCode);
        Instant now = moves.now();
        LocalDate day = moves.today();
        List<BoardState.Call> calls = tickets.recentlyCalled(point.code(), day, RECENT + 1).stream()
                .map(t -> new BoardState.Call(
                        t.number(),
                        t.lineCode(),
                        t.counterNumber() == null ? 0 : t.counterNumber(),
                        t.calledAt(),
                        t.number() + "@" + t.calledAt().toEpochMilli()))
                .toList();
        List<Ranked> waiting = tickets.ranked(point.code(), day, moves.due(now));
        Set<Integer> open = counters.open(point.code());
        List<BoardState.LineQueue> lines = new ArrayList<>();
        point.lines().forEach(line -> {
            List<String> numbers = waiting.stream()
                    .filter(r -> r.lineCode().equals(line.code()))
                    .map(Ranked::number)
                    .toList();
            int minutes = WaitEstimates.minutes(
                    numbers.size() + 1,
                    estimates.meanService(point.code(), line.code()),
                    estimates.openServing(point, line.code(), open));
            lines.add(new BoardState.LineQueue(
                    line.code(),
                    line.nameVi(),
                    line.nameEn(),
                    numbers.subList(0, Math.min(NEXT, numbers.size())),
                    numbers.size(),
                    minutes));
        });
        return new BoardState(
                point.code(),
                point.nameVi(),
                point.nameEn(),
                calls.isEmpty() ? null : calls.get(0),
                calls.size() <= 1 ? List.of() : calls.subList(1, calls.size()),
                lines,
                now);
    }
}
