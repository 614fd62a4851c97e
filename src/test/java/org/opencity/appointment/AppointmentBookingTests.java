package org.opencity.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.TestClock;
import org.opencity.appointment.internal.AppointmentSweeps;
import org.opencity.identity.Actor;
import org.opencity.identity.NotAllowed;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Booking on a real PostgreSQL: the database keeps a slot's capacity under a hundred concurrent bookings and across
 * moves, one booking per person, procedure and day, the wait after missed appointments, reminders once, missed
 * appointments recorded, and check-in within its window by the point's staff only.
 */
@SpringBootTest
class AppointmentBookingTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    AppointmentBooking booking;

    @Autowired
    AppointmentDesk desk;

    @Autowired
    AppointmentSweeps sweeps;

    @Autowired
    AppointmentFigures figures;

    @Autowired
    TestBookings bookings;

    @Autowired
    DemoPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aHundredParallelBookingsForTenPlacesGiveExactlyTen() throws Exception {
        String point = bookings.wardCentre(0);
        // Line A is served by counters 1, 2 and 5, one appointment each per slot: 8 + 1 + 1 = 10 places.
        bookings.appointmentsPerSlot(point, 1, 8);
        Instant start = at(bookings.workingDay(7), "08:00");
        List<Actor> residents = bookings.residents(100);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            for (Actor resident : residents) {
                outcomes.add(threads.submit(() -> {
                    go.await();
                    try {
                        booking.book(resident, request(point, start), VI);
                        return "booked";
                    } catch (AppointmentProblem problem) {
                        return problem.messageKey();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn("booked"::equals).hasSize(10);
            assertThat(results)
                    .filteredOn("problem.appointment.slot-full"::equals)
                    .hasSize(90);
        } finally {
            threads.shutdownNow();
        }
        assertThat(activeAt(point, start)).isEqualTo(10);
        assertThat(seatsTaken(point, start)).isEqualTo(10);
        assertThat(slotOf(point, start).available()).isZero();
    }

    @Test
    void movingAnAppointmentFreesItsSeatAndTakesTheNewOne() {
        String point = bookings.wardCentre(1);
        LocalDate day = bookings.workingDay(8);
        Instant eight = at(day, "08:00");
        Instant half = at(day, "08:30");
        List<Actor> residents = bookings.residents(4);
        List<Appointment> booked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            booked.add(booking.book(residents.get(i), request(point, eight), VI));
        }
        assertThatThrownBy(() -> booking.book(residents.get(3), request(point, eight), VI))
                .isInstanceOf(AppointmentProblem.class)
                .hasMessage("problem.appointment.slot-full");

        Appointment moved = booking.reschedule(residents.get(0), booked.get(0).id(), slotRequest(point, half), VI);

        assertThat(moved.start()).isEqualTo(half);
        assertThat(moved.code()).isEqualTo(booked.get(0).code());
        assertThat(seatsTaken(point, eight)).isEqualTo(2);
        assertThat(seatsTaken(point, half)).isEqualTo(1);
        booking.book(residents.get(3), request(point, eight), VI);
        assertThat(seatsTaken(point, eight)).isEqualTo(3);
        // Moving into a full slot changes nothing.
        assertThatThrownBy(() -> booking.reschedule(residents.get(0), moved.id(), slotRequest(point, eight), VI))
                .hasMessage("problem.appointment.slot-full");
        assertThat(booking.view(residents.get(0), moved.id(), VI).start()).isEqualTo(half);
        assertThat(seatsTaken(point, half)).isEqualTo(1);
        // Cancelling frees the seat.
        booking.cancel(residents.get(1), booked.get(1).id(), VI);
        assertThat(seatsTaken(point, eight)).isEqualTo(2);
        assertThat(activeAt(point, eight)).isEqualTo(2);
    }

    @Test
    void anAppointmentMovesByItsNewStartTimeAlone() {
        String point = bookings.wardCentre(8);
        LocalDate day = bookings.workingDay(18);
        Actor resident = bookings.resident();
        Appointment booked = booking.book(resident, request(point, at(day, "13:00")), VI);

        Appointment moved = booking.reschedule(
                resident,
                booked.id(),
                BookingRequestBuilder.builder()
                        .start(at(day, "14:30").atZone(WorkingCalendar.VIETNAM).toOffsetDateTime())
                        .build(),
                VI);

        assertThat(moved.start()).isEqualTo(at(day, "14:30"));
        assertThat(seatsTaken(point, at(day, "13:00"))).isZero();
        assertThat(seatsTaken(point, at(day, "14:30"))).isEqualTo(1);
    }

    @Test
    void onePersonBooksOneAppointmentPerProcedureAndDay() {
        String point = bookings.wardCentre(2);
        LocalDate day = bookings.workingDay(9);
        Actor resident = bookings.resident();
        Appointment first = booking.book(resident, request(point, at(day, "09:00")), VI);

        assertThatThrownBy(() -> booking.book(resident, request(point, at(day, "10:00")), VI))
                .isInstanceOf(AppointmentProblem.class)
                .hasMessage("problem.appointment.already-booked");
        assertThat(seatsTaken(point, at(day, "10:00"))).isZero();

        booking.cancel(resident, first.id(), VI);
        assertThat(booking.book(resident, request(point, at(day, "10:00")), VI).status())
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void threeMissedAppointmentsInThirtyDaysMakeTheNextBookingWaitAWeek() {
        String point = bookings.wardCentre(3);
        Actor resident = bookings.resident();
        for (int daysAgo : new int[] {20, 10, 1}) {
            missed(resident, point, Instant.now().minus(Duration.ofDays(daysAgo)));
        }
        Instant start = at(bookings.workingDay(14), "14:00");

        assertThatThrownBy(() -> booking.book(resident, request(point, start), VI))
                .isInstanceOf(AppointmentProblem.class)
                .hasMessage("problem.appointment.no-show-wait");

        clock.advance(Duration.ofDays(7));
        assertThat(booking.book(resident, request(point, start), VI).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void remindersGoOutOnceADayBeforeAndMissedAppointmentsAreRecorded() {
        String point = bookings.wardCentre(4);
        Actor resident = bookings.resident();
        Instant start = at(bookings.workingDay(5), "10:30");
        Appointment appointment = booking.book(resident, request(point, start), VI);

        clock.advance(Duration.between(Instant.now(), start.minus(Duration.ofHours(23))));
        sweeps.remind();
        assertThat(remindedAt(appointment)).isNotNull();
        Instant first = remindedAt(appointment);
        sweeps.remind();
        assertThat(remindedAt(appointment)).isEqualTo(first);

        clock.advance(Duration.ofHours(24));
        sweeps.recordMissed();
        assertThat(booking.view(resident, appointment.id(), VI).status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    @Test
    void figuresCountBookedCheckedInMissedAndCancelledPerPointAndDay() {
        String point = bookings.wardCentre(7);
        LocalDate day = bookings.workingDay(17);
        List<Actor> residents = bookings.residents(3);
        booking.book(residents.get(0), request(point, at(day, "08:00")), VI);
        Appointment cancelled = booking.book(residents.get(1), request(point, at(day, "08:30")), VI);
        booking.cancel(residents.get(1), cancelled.id(), VI);
        missed(residents.get(2), point, at(day, "09:00"));

        assertThat(figures.between(day, day))
                .filteredOn(f -> f.pointCode().equals(point))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.booked()).isEqualTo(2);
                    assertThat(f.cancelled()).isEqualTo(1);
                    assertThat(f.missed()).isEqualTo(1);
                    assertThat(f.checkedIn()).isZero();
                    assertThat(f.noShowRate()).isEqualTo(1.0);
                });
        assertThatThrownBy(() -> figures.between(day, day.minusDays(1)))
                .hasMessage("problem.appointment.figures-period");
    }

    @Test
    void theDeskChecksInByCodeWithinTheWindowAndOnlyAtItsOwnPoint() {
        String point = bookings.wardCentre(5);
        Actor resident = bookings.resident();
        Instant start = at(bookings.workingDay(6), "15:00");
        Appointment appointment = booking.book(resident, request(point, start), VI);
        Actor operator = people.actor(DemoPeople.OPERATOR);
        String typed = appointment.code().substring(3).toLowerCase(Locale.ROOT);

        assertThatThrownBy(() -> desk.checkIn(operator, point, typed)).hasMessage("problem.appointment.check-in-early");
        assertThatThrownBy(() -> desk.checkIn(people.actor(DemoPeople.HOAN_KIEM_CLERK), point, typed))
                .isInstanceOf(NotAllowed.class);

        clock.advance(Duration.between(Instant.now(), start.minus(Duration.ofMinutes(10))));
        CheckedInAppointment checkedIn = desk.checkIn(operator, point, typed);

        assertThat(checkedIn.code()).isEqualTo(appointment.code());
        assertThat(checkedIn.lineCode()).isEqualTo("A");
        assertThat(checkedIn.resident()).isEqualTo(resident.id());
        assertThat(booking.view(resident, appointment.id(), VI).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThatThrownBy(() -> desk.checkIn(operator, point, typed))
                .hasMessage("problem.appointment.already-checked-in");
        assertThat(desk.day(
                        operator, point, start.atZone(WorkingCalendar.VIETNAM).toLocalDate(), VI))
                .extracting(d -> d.appointment().code(), DeskAppointment::residentName)
                .contains(org.assertj.core.groups.Tuple.tuple(appointment.code(), "Người Đặt Lịch"));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'APPOINTMENT_CHECKED_IN' and target_id = :c")
                        .param("c", appointment.code())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void slotsFollowTheOpeningHoursAndNoneAreOfferedOnAClosedDay() {
        String point = bookings.wardCentre(6);
        LocalDate day = bookings.workingDay(10);
        List<Slot> slots = booking.slots(point, TestBookings.BIRTH_REGISTRATION, day);

        // 08:00–12:00 and 13:00–17:00 in slots of 30 minutes.
        assertThat(slots).hasSize(16);
        assertThat(slots.get(0).start()).isEqualTo(at(day, "08:00"));
        assertThat(slots.get(7).end()).isEqualTo(at(day, "12:00"));
        assertThat(slots.get(8).start()).isEqualTo(at(day, "13:00"));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.capacity()).isEqualTo(3));
        assertThat(SlotId.parse(slots.get(0).id())).isEqualTo(new SlotId(point, "A", at(day, "08:00")));

        LocalDate sunday = day.with(java.time.DayOfWeek.SUNDAY);
        assertThat(booking.slots(point, TestBookings.BIRTH_REGISTRATION, sunday))
                .isEmpty();
        assertThatThrownBy(() -> booking.book(bookings.resident(), request(point, at(sunday, "09:00")), VI))
                .hasMessage("problem.appointment.closed-day");
    }

    private BookingRequest request(String point, Instant start) {
        return BookingRequestBuilder.builder()
                .servicePointId(point)
                .procedureCode(TestBookings.BIRTH_REGISTRATION)
                .start(start.atZone(WorkingCalendar.VIETNAM).toOffsetDateTime())
                .build();
    }

    private BookingRequest slotRequest(String point, Instant start) {
        return BookingRequestBuilder.builder()
                .slotId(new SlotId(point, "A", start).toString())
                .build();
    }

    private Slot slotOf(String point, Instant start) {
        return booking
                .slots(
                        point,
                        TestBookings.BIRTH_REGISTRATION,
                        start.atZone(WorkingCalendar.VIETNAM).toLocalDate())
                .stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .orElseThrow();
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    private int activeAt(String point, Instant start) {
        return jdbc.sql("""
                        select count(*) from apt_appointment
                        where point_code = :p and starts_at = :s and status in ('BOOKED', 'CHECKED_IN')""")
                .param("p", point)
                .param("s", java.sql.Timestamp.from(start))
                .query(Integer.class)
                .single();
    }

    private int seatsTaken(String point, Instant start) {
        return jdbc.sql("select coalesce(sum(booked), 0) from apt_slot where point_code = :p and starts_at = :s")
                .param("p", point)
                .param("s", java.sql.Timestamp.from(start))
                .query(Integer.class)
                .single();
    }

    private Instant remindedAt(Appointment appointment) {
        java.sql.Timestamp at = jdbc.sql("select reminded_at from apt_appointment where id = :id")
                .param("id", appointment.id())
                .query(java.sql.Timestamp.class)
                .single();
        return at == null ? null : at.toInstant();
    }

    private void missed(Actor resident, String point, Instant start) {
        jdbc.sql("""
                insert into apt_appointment (id, code, point_code, line_code, procedure_code, starts_at, ends_at,
                    local_day, resident, status, created_at, updated_at)
                values (gen_random_uuid(), 'LH-T' || substr(md5(random()::text), 1, 5), :p, 'A', :proc, :s,
                    cast(:s as timestamptz) + interval '30 minutes', cast(:s as date), :r, 'NO_SHOW', :s, :s)""")
                .param("p", point)
                .param("proc", TestBookings.BIRTH_REGISTRATION)
                .param("s", java.sql.Timestamp.from(start))
                .param("r", resident.id().value())
                .update();
    }
}
