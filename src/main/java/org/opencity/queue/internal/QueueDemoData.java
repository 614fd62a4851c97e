package org.opencity.queue.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.opencity.servicepoint.ServicePoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's queues at the Hoàn Kiếm and Cầu Giấy centres, so their boards, ticket pages and counters show a working
 * day on a first start: since 08:00, a ticket every few minutes on each line; those taken more than half an hour ago
 * served (with service times of 5 to 12 minutes, which the wait estimate learns from), two being called, the rest
 * waiting; counters 1, 3 and 5 open. Runs once, when demo data are on and no ticket exists yet.
 */
@Component
@Order(40)
class QueueDemoData implements ApplicationRunner {

    static final List<String> POINTS = List.of("TTPVHCC-00070", "TTPVHCC-00166");
    private static final List<String> LINES = List.of("A", "A", "B", "C", "D");
    private static final int TICKETS = 40;
    private static final Logger log = LoggerFactory.getLogger(QueueDemoData.class);

    private final JdbcClient jdbc;
    private final TicketRepository tickets;
    private final ServicePoints points;
    private final Clock clock;
    private final boolean enabled;

    QueueDemoData(
            JdbcClient jdbc,
            TicketRepository tickets,
            ServicePoints points,
            Clock clock,
            @Value("${opencity.demo.enabled}") boolean enabled,
            @Value("${opencity.demo.queues:true}") boolean queues) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.points = points;
        this.clock = clock;
        this.enabled = enabled && queues;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled
                || jdbc.sql("select count(*) from q_ticket").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = points.today();
        Instant now = clock.instant();
        Instant opens =
                today.atTime(LocalTime.of(8, 0)).atZone(points.windowsZone()).toInstant();
        // Before the centre opens (or on a day off) the demo day is laid out as if it were mid-morning.
        Instant reference = now.isAfter(opens.plus(Duration.ofHours(1))) ? now : opens.plus(Duration.ofHours(2));
        for (String point : POINTS) {
            int called = 0;
            for (int i = 0; i < TICKETS; i++) {
                String line = LINES.get(i % LINES.size());
                Instant taken = opens.plus(Duration.ofMinutes(4L * i));
                int seq = tickets.nextNumber(point, line, today);
                String status = taken.isBefore(reference.minus(Duration.ofMinutes(30)))
                        ? "DONE"
                        : (called < 2 ? "CALLED" : "WAITING");
                Integer counter = switch (status) {
                    case "DONE" -> 1 + (i % 5);
                    case "CALLED" -> called++ == 0 ? 1 : 3;
                    default -> null;
                };
                insert(point, line, today, seq, status, taken, counter, 5 + (i * 7) % 8);
            }
            for (int counter : new int[] {1, 3, 5}) {
                jdbc.sql("""
                        insert into q_counter_state (point_code, number, open, changed_at) values (:p, :n, true, :at)
                        on conflict (point_code, number) do update set open = true, changed_at = :at""")
                        .param("p", point)
                        .param("n", counter)
                        .param("at", Timestamp.from(now))
                        .update();
            }
        }
        log.info("Demo queues: {} tickets today at {}", TICKETS * POINTS.size(), POINTS);
    }

    private void insert(
            String point,
            String line,
            LocalDate day,
            int seq,
            String status,
            Instant taken,
            Integer counter,
            int serviceMinutes) {
        Instant called = taken.plus(Duration.ofMinutes(10));
        Instant served = called.plus(Duration.ofMinutes(1));
        jdbc.sql("""
                insert into q_ticket (id, point_code, line_code, day, seq, number, kind, status, taken_at, queued_at,
                    eligible_at, counter_number, called_at, serving_at, finished_at)
                values (:id, :point, :line, :day, :seq, :number, 'WALK_IN', :status, :taken, :taken, :taken, :counter,
                    :called, :serving, :finished)""")
                .param("id", UUID.randomUUID())
                .param("point", point)
                .param("line", line)
                .param("day", day)
                .param("seq", seq)
                .param("number", org.opencity.queue.QueueTickets.number(line, seq))
                .param("status", status)
                .param("taken", Timestamp.from(taken))
                .param("counter", counter)
                .param("called", "WAITING".equals(status) ? null : Timestamp.from(called))
                .param("serving", "DONE".equals(status) ? Timestamp.from(served) : null)
                .param(
                        "finished",
                        "DONE".equals(status) ? Timestamp.from(served.plus(Duration.ofMinutes(serviceMinutes))) : null)
                .update();
    }
}
