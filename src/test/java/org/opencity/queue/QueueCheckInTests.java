package org.opencity.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.appointment.Appointment;
import org.opencity.appointment.AppointmentBooking;
import org.opencity.appointment.AppointmentStatus;
import org.opencity.appointment.BookingRequestBuilder;
import org.opencity.appointment.TestBookings;
import org.opencity.identity.Actor;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An appointment booked online, checked in at the desk by its code through the clerks' API: it gets a ticket on the
 * appointment's line, and the counter calls it before earlier walk-ins once its time is due (not before).
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueueCheckInTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    QueueFixtures fixtures;

    @Autowired
    TestBookings bookings;

    @Autowired
    AppointmentBooking booking;

    @Autowired
    QueueTickets tickets;

    @Autowired
    QueueDesk desk;

    @Autowired
    org.opencity.TestClock clock;

    @AfterEach
    void realTime() {
        fixtures.reset();
    }

    @Test
    void aCheckedInAppointmentIsCalledBeforeWalkInsOnceItIsDue() throws Exception {
        String point = fixtures.centre(40);
        Actor resident = bookings.resident();
        Actor operator = people.actor(DemoPeople.OPERATOR);
        // Booked now for 10:00 on the next working day; then the clock goes to 09:00 that day.
        fixtures.openMorning();
        Instant nine = clock.instant();
        fixtures.reset();
        Instant ten = ZonedDateTime.ofInstant(nine, WorkingCalendar.VIETNAM)
                .with(LocalTime.of(10, 0))
                .toInstant();
        Appointment appointment = booking.book(
                resident,
                BookingRequestBuilder.builder()
                        .servicePointId(point)
                        .procedureCode(TestBookings.BIRTH_REGISTRATION)
                        .start(ten.atZone(WorkingCalendar.VIETNAM).toOffsetDateTime())
                        .build(),
                VI);
        fixtures.openMorning();
        Ticket walkIn = tickets.take(point, "A", null, null);

        // 09:00: too early to check in.
        mvc.perform(checkIn(point, appointment.code())).andExpect(status().isConflict());

        clock.advance(Duration.ofMinutes(45));
        mvc.perform(checkIn(point, appointment.code().toLowerCase(Locale.ROOT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("A-002"))
                .andExpect(jsonPath("$.status").value("WAITING"));
        assertThat(booking.view(resident, appointment.id(), VI).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        mvc.perform(checkIn(point, appointment.code())).andExpect(status().isConflict());

        desk.open(operator, point, 1);
        // 09:45: the appointment is not due yet (10:00 − 5 min), so the walk-in who came first is called.
        assertThat(desk.callNext(operator, point, 1).number()).isEqualTo(walkIn.number());
        desk.finish(operator, point, 1, null, null);
        tickets.take(point, "A", null, null);
        clock.advance(Duration.ofMinutes(11));
        // 09:56: due; called before the walk-in who came earlier.
        assertThat(desk.callNext(operator, point, 1).number()).isEqualTo("A-002");

        // The clerk of another ward's centre may not check anyone in here.
        mvc.perform(checkIn(point, appointment.code(), DemoPeople.HOAN_KIEM_CLERK))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder checkIn(
            String point, String code) {
        return checkIn(point, code, DemoPeople.OPERATOR);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder checkIn(
            String point, String code, String clerk) {
        return post("/api/v1/desk/points/{point}/check-ins", point)
                .with(people.bearer(clerk))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\"}");
    }
}
