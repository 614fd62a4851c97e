package org.opencity.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.TestClock;
import org.opencity.appointment.CheckedInAppointment;
import org.opencity.appointment.CheckedInAppointmentBuilder;
import org.opencity.identity.Actor;
import org.opencity.queue.internal.WaitEstimates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calling order on the real database: due appointments first, then priorities, then queue time; a skip's grace
 * period and the second skip; transfers keep their place; two clerks calling at once never get the same ticket; fifty
 * takes at once number 1 to 50; the wait estimate on a known history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueueDeskTests {

    @Autowired
    QueueTickets tickets;

    @Autowired
    QueueDesk desk;

    @Autowired
    QueueFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        fixtures.reset();
    }

    @Test
    void dueAppointmentsThenPrioritiesThenQueueTime() {
        fixtures.openMorning();
        String point = fixtures.centre(0);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        desk.open(clerk, point, 1);
        Instant start = clock.instant();
        Ticket first = take(point, "A", null);
        Ticket elderly = take(point, "A", Priority.ELDERLY);
        Ticket third = take(point, "A", null);
        Ticket later = tickets.admitAppointment(appointment(point, start.plus(Duration.ofMinutes(40))));
        Ticket due = tickets.admitAppointment(appointment(point, start.plus(Duration.ofMinutes(4))));
        Ticket pregnant = take(point, "A", Priority.PREGNANT);
        // Start − 5 min ≤ now: the appointment at start + 4 min is due, the one at + 40 min is not.
        assertThat(calledInOrder(clerk, point, 1, 6))
                .containsExactly(
                        due.number(),
                        elderly.number(),
                        pregnant.number(),
                        first.number(),
                        third.number(),
                        later.number());
    }

    @Test
    void anAppointmentComesFirstOnceItIsDue() {
        fixtures.openMorning();
        String point = fixtures.centre(1);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        desk.open(clerk, point, 1);
        Ticket walkIn = take(point, "A", Priority.DISABILITY);
        Ticket appointment =
                tickets.admitAppointment(appointment(point, clock.instant().plus(Duration.ofMinutes(20))));
        assertThat(tickets.admitAppointment(appointment(point, null, appointment))
                        .number())
                .as("admitting the same appointment again gives its ticket")
                .isEqualTo(appointment.number());
        clock.advance(Duration.ofMinutes(16));
        assertThat(calledInOrder(clerk, point, 1, 2)).containsExactly(appointment.number(), walkIn.number());
    }

    @Test
    void aSkippedTicketWaitsOutItsGraceAtTheBackAndASecondSkipEndsIt() {
        fixtures.openMorning();
        String point = fixtures.centre(2);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        desk.open(clerk, point, 1);
        Ticket absent = take(point, "A", null);
        Ticket next = take(point, "A", null);
        assertThat(desk.callNext(clerk, point, 1).number()).isEqualTo(absent.number());
        Ticket skipped = desk.skip(clerk, point, 1);
        assertThat(skipped.status()).isEqualTo(TicketStatus.WAITING);
        Ticket another = take(point, "A", null);
        assertThat(calledInOrder(clerk, point, 1, 2)).containsExactly(next.number(), another.number());
        assertThatThrownBy(() -> desk.callNext(clerk, point, 1))
                .as("still within its grace period")
                .isInstanceOf(QueueRefused.class)
                .hasMessage("problem.queue.nobody-waiting");
        clock.advance(Duration.ofMinutes(5));
        assertThat(desk.callNext(clerk, point, 1).number()).isEqualTo(absent.number());
        assertThat(desk.skip(clerk, point, 1).status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(tickets.ticket(absent.id()).status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void aTransferredTicketKeepsItsPlace() {
        fixtures.openMorning();
        String point = fixtures.centre(3);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        for (int counter : new int[] {1, 2, 3, 5}) {
            desk.open(clerk, point, counter);
        }
        Ticket a1 = take(point, "A", null);
        Ticket a2 = take(point, "A", null);
        Ticket b1 = take(point, "B", null);
        Ticket a3 = take(point, "A", null);
        // Counter 1 (line A) sends A-001 to line B: counter 3 (B) calls it before B-001, taken later.
        assertThat(desk.callNext(clerk, point, 1).number()).isEqualTo(a1.number());
        assertThat(desk.transfer(clerk, point, 1, null, "B").lineCode()).isEqualTo("B");
        assertThat(desk.callNext(clerk, point, 3).number()).isEqualTo(a1.number());
        // Counter 1 sends A-002 to counter 5: counter 2 (line A) passes it over, counter 5 calls it.
        assertThat(desk.callNext(clerk, point, 1).number()).isEqualTo(a2.number());
        desk.transfer(clerk, point, 1, 5, null);
        assertThat(desk.callNext(clerk, point, 2).number()).isEqualTo(a3.number());
        assertThat(desk.callNext(clerk, point, 5).number()).isEqualTo(a2.number());
        assertThatThrownBy(() -> desk.callNext(clerk, point, 1))
                .as("counter 1 serves line A only: B-001 is not its own")
                .hasMessage("problem.queue.nobody-waiting");
        assertThat(tickets.ticket(b1.id()).ticketsBefore()).isZero();
    }

    @Test
    void twoClerksCallingAtOnceNeverGetTheSameTicket() throws Exception {
        fixtures.openMorning();
        String point = fixtures.centre(4);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        desk.open(clerk, point, 1);
        desk.open(clerk, point, 2);
        Set<String> taken = new TreeSet<>();
        for (int i = 0; i < 30; i++) {
            taken.add(take(point, "A", null).number());
        }
        List<String> called = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> clerks = new ArrayList<>();
            for (int counter : new int[] {1, 2}) {
                clerks.add(pool.submit(() -> {
                    while (true) {
                        try {
                            called.add(desk.callNext(clerk, point, counter).number());
                            desk.finish(clerk, point, counter, null, null);
                        } catch (QueueRefused none) {
                            return null;
                        }
                    }
                }));
            }
            for (Future<?> f : clerks) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(called).doesNotHaveDuplicates().hasSize(30);
        assertThat(new TreeSet<>(called)).isEqualTo(taken);
    }

    @Test
    void fiftyTakesAtOnceAreNumberedOneToFifty() throws Exception {
        fixtures.openMorning();
        String point = fixtures.centre(5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Ticket>> takes;
        try {
            List<Callable<Ticket>> jobs = IntStream.range(0, 50)
                    .<Callable<Ticket>>mapToObj(i -> () -> tickets.take(point, "C", null, null))
                    .toList();
            takes = pool.invokeAll(jobs);
        } finally {
            pool.shutdown();
        }
        List<String> numbers = new ArrayList<>();
        for (Future<Ticket> take : takes) {
            numbers.add(take.get().number());
        }
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50)
                        .mapToObj(n -> String.format("C-%03d", n))
                        .toList());
    }

    @Test
    void theEstimateComesFromTheLineHistoryAndTheOpenCounters() {
        fixtures.openMorning();
        String point = fixtures.centre(6);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        assertThat(take(point, "C", null).estimatedMinutes())
                .as("no history: 8 minutes, no counter open counts as one")
                .isEqualTo(8);
        // History on line A: 6, 9 and 12 minutes (mean 9), and one older than 7 days that does not count.
        Instant now = clock.instant();
        finished(point, now.minus(Duration.ofHours(1)), Duration.ofMinutes(6));
        finished(point, now.minus(Duration.ofHours(2)), Duration.ofMinutes(9));
        finished(point, now.minus(Duration.ofDays(1)), Duration.ofMinutes(12));
        finished(point, now.minus(Duration.ofDays(8)), Duration.ofMinutes(60));
        desk.open(clerk, point, 1);
        desk.open(clerk, point, 2);
        take(point, "A", null);
        take(point, "A", null);
        Ticket third = take(point, "A", null);
        // Position 3 × 9 min / 2 open counters serving A = 13.5 → 14.
        assertThat(tickets.ticket(third.id()).estimatedMinutes()).isEqualTo(14);
        assertThat(tickets.ticket(third.id()).ticketsBefore()).isEqualTo(2);
        assertThat(WaitEstimates.minutes(1, Duration.ofMinutes(8), 0)).isEqualTo(8);
        assertThat(WaitEstimates.minutes(5, Duration.ofSeconds(90), 3)).isEqualTo(3);
    }

    private void finished(String point, Instant end, Duration service) {
        Instant start = end.minus(service);
        jdbc.sql("""
                insert into q_ticket (id, point_code, line_code, day, seq, number, kind, status, taken_at, queued_at,
                    eligible_at, called_at, serving_at, finished_at)
                values (:id, :point, 'A', :day, :seq, :number, 'WALK_IN', 'DONE', :start, :start, :start, :start,
                    :start, :end)""")
                .param("id", UUID.randomUUID())
                .param("point", point)
                .param(
                        "day",
                        java.time.LocalDate.ofInstant(end, org.opencity.shared.WorkingCalendar.VIETNAM)
                                .minusYears(1))
                .param("seq", (int) (Math.random() * 100000))
                .param("number", "H-" + UUID.randomUUID())
                .param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(end))
                .update();
    }

    private Ticket take(String point, String line, Priority priority) {
        Ticket ticket = tickets.take(point, line, priority, null);
        clock.advance(Duration.ofSeconds(30));
        return ticket;
    }

    private List<String> calledInOrder(Actor clerk, String point, int counter, int count) {
        List<String> called = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            called.add(desk.callNext(clerk, point, counter).number());
            desk.serve(clerk, point, counter);
            desk.finish(clerk, point, counter, null, null);
        }
        return called;
    }

    private CheckedInAppointment appointment(String point, Instant start) {
        return CheckedInAppointmentBuilder.builder()
                .id(UUID.randomUUID())
                .code("LH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase())
                .pointCode(point)
                .lineCode("A")
                .start(start)
                .end(start.plus(Duration.ofMinutes(15)))
                .procedureCode("1.001")
                .build();
    }

    private CheckedInAppointment appointment(String point, Instant ignored, Ticket admitted) {
        UUID id = jdbc.sql("select appointment_id from q_ticket where id = :id")
                .param("id", admitted.id())
                .query(UUID.class)
                .single();
        return CheckedInAppointmentBuilder.builder()
                .id(id)
                .code("LH-AGAIN")
                .pointCode(point)
                .lineCode("A")
                .start(clock.instant())
                .end(clock.instant())
                .build();
    }
}
