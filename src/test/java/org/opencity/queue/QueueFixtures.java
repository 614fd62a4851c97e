package org.opencity.queue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.opencity.TestClock;
import org.opencity.shared.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the test clock inside a centre's opening hours (the next working day, 09:00 in Hà Nội) and gives each test class
 * its own ward centre with an empty queue, so tests sharing the database do not see each other's tickets.
 */
@Component
public class QueueFixtures {

    private final TestClock clock;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;

    QueueFixtures(TestClock clock, WorkingCalendar calendar, JdbcClient jdbc) {
        this.clock = clock;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    /** Moves the clock to 09:00 on the next working day; returns how far it moved (for a second node's clock). */
    public Duration openMorning() {
        return moveTo(nextDay(false), LocalTime.of(9, 0));
    }

    /** Moves the clock to 10:00 on the next Sunday, when centres are closed. */
    public Duration sundayMorning() {
        return moveTo(nextDay(true), LocalTime.of(10, 0));
    }

    public void reset() {
        clock.reset();
    }

    /** The nth ward centre (by code), its queue emptied and its counters closed. */
    public String centre(int nth) {
        String code = jdbc.sql("select code from sp_point where kind = 'WARD_CENTRE' order by code offset :n limit 1")
                .param("n", nth)
                .query(String.class)
                .single();
        empty(code);
        return code;
    }

    public void empty(String code) {
        jdbc.sql("delete from q_ticket where point_code = :p").param("p", code).update();
        jdbc.sql("delete from q_number where point_code = :p").param("p", code).update();
        jdbc.sql("delete from q_counter_state where point_code = :p")
                .param("p", code)
                .update();
    }

    private Duration moveTo(LocalDate day, LocalTime time) {
        clock.reset();
        Instant target = ZonedDateTime.of(day, time, WorkingCalendar.VIETNAM).toInstant();
        Duration by = Duration.between(Instant.now(), target);
        clock.advance(by);
        return by;
    }

    private LocalDate nextDay(boolean sunday) {
        LocalDate day = LocalDate.now(WorkingCalendar.VIETNAM).plusDays(1);
        while (sunday
                ? day.getDayOfWeek() != DayOfWeek.SUNDAY
                : day.getDayOfWeek().getValue() > 5 || calendar.holidays().contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
