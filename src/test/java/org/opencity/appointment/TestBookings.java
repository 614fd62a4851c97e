package org.opencity.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.servicepoint.ServicePoints;
import org.opencity.shared.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What booking tests share: residents made straight in the database (a hundred at once, without hashing a hundred
 * passwords), a point of their own so tests do not fill each other's slots, and a working day ahead.
 */
@Component
public class TestBookings {

    /** Birth registration: a ward procedure on line A (civil status). */
    public static final String BIRTH_REGISTRATION = "1.001193";

    private final JdbcClient jdbc;
    private final Actors actors;
    private final ServicePoints points;
    private final WorkingCalendar calendar;

    TestBookings(JdbcClient jdbc, Actors actors, ServicePoints points, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.points = points;
        this.calendar = calendar;
    }

    public Actor resident() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into idn_account (id, email, display_name, password_hash, home_ward_code)
                values (:id, :email, 'Người Đặt Lịch', '{noop}unused', '00070')""")
                .param("id", id)
                .param("email", "booker-" + id + "@example.vn")
                .update();
        return actors.actor(new AccountId(id)).orElseThrow();
    }

    public List<Actor> residents(int count) {
        return IntStream.range(0, count).mapToObj(i -> resident()).toList();
    }

    /**
     * A ward centre no other test uses: the n-th in code order from the end (ward tests and demo data use the first
     * ones).
     */
    public String wardCentre(int n) {
        return jdbc.sql("select code from sp_point where kind = 'WARD_CENTRE' order by code desc offset :n limit 1")
                .param("n", n)
                .query(String.class)
                .single();
    }

    /** A Monday-to-Friday working day at least {@code daysAhead} days from today. */
    public LocalDate workingDay(int daysAhead) {
        LocalDate day = points.today().plusDays(daysAhead);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || calendar.holidays().contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Sets how many appointments a counter takes per slot, straight in the database, and forgets the cached point. */
    public void appointmentsPerSlot(String point, int counter, int perSlot) {
        jdbc.sql("update sp_counter set appointments_per_slot = :n where point_code = :p and number = :c")
                .param("n", perSlot)
                .param("p", point)
                .param("c", counter)
                .update();
        jdbc.sql("update sp_point set version = version + 1 where code = :p")
                .param("p", point)
                .update();
        points.refresh(point);
    }
}
