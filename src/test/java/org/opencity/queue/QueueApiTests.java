package org.opencity.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The queue's API as clients see it: a ticket taken and read back; bad input answered with a 4xx problem in the
 * caller's language and nothing written; the desk only for the point's staff; a signed-in resident told once when
 * their turn is near; the figures for the dashboards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class QueueApiTests {

    private static final String CLERK_POINT = "TTPVHCC-00070";

    @Autowired
    MockMvc mvc;

    @Autowired
    QueueFixtures fixtures;

    @Autowired
    DemoPeople people;

    @Autowired
    QueueDesk desk;

    @Autowired
    QueueTickets tickets;

    @Autowired
    QueueFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void realTime() {
        fixtures.reset();
    }

    @Test
    void aTicketIsTakenAndReadBackWithoutPersonalData() throws Exception {
        fixtures.openMorning();
        String point = fixtures.centre(10);
        String body = mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"B\",\"priority\":\"PREGNANT\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("B-001"))
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.estimatedMinutes").value(8))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/tickets/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("B-001"))
                .andExpect(jsonPath("$.priority").value("PREGNANT"))
                .andExpect(jsonPath("$.resident").doesNotExist());
    }

    @Test
    void badInputIsAClear4xxInTheCallersLanguage() throws Exception {
        fixtures.openMorning();
        String point = fixtures.centre(11);
        mvc.perform(post("/api/v1/service-points/{id}/tickets", "NO-SUCH-POINT")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"A\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Điểm phục vụ không có dịch vụ “Z”."));
        mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The service point has no service “Z”."));
        mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("A"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"A\\u0000\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"A\",\"priority\":\"VIP\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tickets/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tickets/{id}", "not-a-uuid")).andExpect(status().isBadRequest());
        assertThat(count(point)).as("nothing written").isZero();

        fixtures.sundayMorning();
        mvc.perform(post("/api/v1/service-points/{id}/tickets", point)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"A\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The service point is closed")));
        assertThat(count(point)).isZero();
    }

    @Test
    void anOversizedNoteIsRefusedAndNothingIsWritten() throws Exception {
        fixtures.openMorning();
        fixtures.empty(CLERK_POINT);
        desk.open(people.actor(DemoPeople.OPERATOR), CLERK_POINT, 1);
        Ticket ticket = tickets.take(CLERK_POINT, "A", null, null);
        String clerk = DemoPeople.HOAN_KIEM_CLERK;
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/call-next", CLERK_POINT, 1)
                        .with(people.bearer(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(ticket.number()))
                .andExpect(jsonPath("$.counter").value(1));
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/finish", CLERK_POINT, 1)
                        .with(people.bearer(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"" + "x".repeat(10_000) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ghi chú dài quá 1.000 ký tự."));
        assertThat(tickets.ticket(ticket.id()).status()).isEqualTo(TicketStatus.CALLED);
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/transfer", CLERK_POINT, 1)
                        .with(people.bearer(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCounter\":3,\"toLine\":\"B\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/call-next", CLERK_POINT, 42)
                        .with(people.bearer(clerk)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/finish", CLERK_POINT, 1)
                        .with(people.bearer(clerk))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dossierCode\":\"G01.001-260101-0001\",\"note\":\"ok\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
    }

    @Test
    void theDeskIsForThePointsStaffOnly() throws Exception {
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/open", CLERK_POINT, 1)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/open", "TTPVHCC-00166", 1)
                        .with(people.bearer(DemoPeople.HOAN_KIEM_CLERK)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/open", CLERK_POINT, 1).with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/desk/counters/{p}/{n}/open", CLERK_POINT, 2)
                        .with(people.bearer(DemoPeople.HOAN_KIEM_CLERK)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'QUEUE_COUNTER_OPENED'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aSignedInResidentIsToldOnceWhenTheirTurnIsNear() {
        fixtures.openMorning();
        String point = fixtures.centre(12);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        AccountId resident = people.id(DemoPeople.RESIDENT);
        for (int i = 0; i < 5; i++) {
            tickets.take(point, "A", null, null);
        }
        Ticket mine = tickets.take(point, "A", null, resident);
        assertThat(events.stream(TurnNear.class).filter(e -> e.ticketId().equals(mine.id())))
                .as("five before: not yet")
                .isEmpty();
        desk.open(clerk, point, 1);
        desk.callNext(clerk, point, 1);
        assertThat(events.stream(TurnNear.class).filter(e -> e.ticketId().equals(mine.id())))
                .as("four before: not yet")
                .isEmpty();
        desk.finish(clerk, point, 1, null, null);
        desk.callNext(clerk, point, 1);
        desk.finish(clerk, point, 1, null, null);
        desk.callNext(clerk, point, 1);
        assertThat(events.stream(TurnNear.class).filter(e -> e.ticketId().equals(mine.id())))
                .as("three before, then two: told once")
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.ticketsBefore()).isEqualTo(3);
                    assertThat(e.resident()).isEqualTo(resident);
                    assertThat(e.ticketNumber()).isEqualTo(mine.number());
                });
        Awaitility.await()
                .untilAsserted(() -> assertThat(
                                jdbc.sql("select count(*) from ntf_inbox where account_id = :a and source_event = :k")
                                        .param("a", resident.value())
                                        .param("k", "queue:" + mine.id() + ":near")
                                        .query(Long.class)
                                        .single())
                        .isEqualTo(1));
    }

    @Test
    void figuresPerPointAndDay() {
        fixtures.openMorning();
        String point = fixtures.centre(13);
        Actor clerk = people.actor(DemoPeople.OPERATOR);
        desk.open(clerk, point, 1);
        for (int i = 0; i < 4; i++) {
            tickets.take(point, "A", null, null);
        }
        for (int i = 0; i < 3; i++) {
            desk.callNext(clerk, point, 1);
            desk.serve(clerk, point, 1);
            desk.finish(clerk, point, 1, null, null);
        }
        desk.callNext(clerk, point, 1);
        desk.skip(clerk, point, 1);
        LocalDate day = jdbc.sql("select max(day) from q_ticket where point_code = :p")
                .param("p", point)
                .query(LocalDate.class)
                .single();
        assertThat(figures.between(day, day))
                .filteredOn(f -> f.pointCode().equals(point))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tickets()).isEqualTo(4);
                    assertThat(f.averageWaitSeconds()).isNotNull().isGreaterThanOrEqualTo(0);
                    assertThat(f.p90WaitSeconds()).isNotNull();
                    assertThat(f.averageServiceSeconds()).isNotNull();
                    assertThat(f.noShowRate())
                            .as("the skipped one is still waiting")
                            .isEqualTo(0.0);
                });
    }

    private long count(String point) {
        return jdbc.sql("select count(*) from q_ticket where point_code = :p")
                .param("p", point)
                .query(Long.class)
                .single();
    }
}
