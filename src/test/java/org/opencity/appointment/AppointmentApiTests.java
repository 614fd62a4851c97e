package org.opencity.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Actor;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The appointments API as a client meets it: booking by slot id with a Location, the calendar file read back by an
 * independent iCalendar parser (biweekly) with the times in Asia/Ho_Chi_Minh, the QR code read back by ZXing's
 * decoder, and every kind of bad input refused with a problem in the user's language, with nothing written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppointmentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TestBookings bookings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aBookedAppointmentHasACalendarFileAndAQrCodeThatReadBack() throws Exception {
        String point = bookings.wardCentre(10);
        LocalDate day = bookings.workingDay(11);
        Actor resident = bookings.resident();
        RequestPostProcessor me = people.bearer(resident.id());
        String slotId = new SlotId(
                        point,
                        "A",
                        day.atTime(9, 30).atZone(WorkingCalendar.VIETNAM).toInstant())
                .toString();

        String body = mvc.perform(post("/api/v1/appointments")
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "slotId",
                                slotId,
                                "procedureCode",
                                TestBookings.BIRTH_REGISTRATION,
                                "note",
                                "Mang theo giấy chứng sinh"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/appointments/")))
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.lineCode").value("A"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode booked = json.readTree(body);
        String id = booked.get("id").asText();
        String code = booked.get("code").asText();
        assertThat(code).matches("LH-[2-9A-HJKMNP-Z]{6}");

        // The calendar file needs no sign-in (a calendar app fetches it by its unguessable link).
        byte[] ics = mvc.perform(get("/api/v1/appointments/{id}/calendar.ics", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        ICalendar calendar =
                Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        VEvent event = calendar.getEvents().get(0);
        ZonedDateTime start = event.getDateStart().getValue().toInstant().atZone(WorkingCalendar.VIETNAM);
        ZonedDateTime end = event.getDateEnd().getValue().toInstant().atZone(WorkingCalendar.VIETNAM);
        assertThat(start.toLocalDate()).isEqualTo(day);
        assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(end.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(calendar.getTimezoneInfo()
                        .getTimezone(event.getDateStart())
                        .getTimeZone()
                        .getID())
                .isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(event.getUid().getValue()).isEqualTo(id + "@opencity");
        assertThat(event.getLocation().getValue()).contains("Trung tâm Phục vụ hành chính công");
        assertThat(event.getGeo()).isNotNull();
        assertThat(event.getDescription().getValue()).contains(code);
        VAlarm alarm = event.getAlarms().get(0);
        assertThat(alarm.getAction().isDisplay()).isTrue();
        assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("-PT1H");
        assertThat(new String(ics, StandardCharsets.UTF_8)).doesNotContain("Người Đặt Lịch");

        byte[] png = mvc.perform(get("/appointments/{id}/qr.png", id).with(people.session(resident.id())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(decoded).isEqualTo(code);

        // Someone else's appointment is "not found", to them.
        mvc.perform(get("/api/v1/appointments/{id}", id).with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/appointments/{id}", id).with(me))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        String cancelled = mvc.perform(get("/api/v1/appointments/{id}/calendar.ics", id))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cancelled).contains("STATUS:CANCELLED");
    }

    @Test
    void badInputIsRefusedInTheUsersLanguageAndNothingIsWritten() throws Exception {
        String point = bookings.wardCentre(11);
        Actor resident = bookings.resident();
        RequestPostProcessor me = people.bearer(resident.id());
        LocalDate day = bookings.workingDay(12);
        String start = day.atTime(8, 0)
                .atZone(WorkingCalendar.VIETNAM)
                .toOffsetDateTime()
                .toString();

        refused(
                get("/api/v1/service-points/{id}/slots", point)
                        .param("procedure", TestBookings.BIRTH_REGISTRATION)
                        .param("date", LocalDate.now().minusDays(3).toString()),
                400,
                "vi",
                "Ngày đã chọn đã qua.");
        refused(
                get("/api/v1/service-points/{id}/slots", "KHONG-CO")
                        .param("procedure", TestBookings.BIRTH_REGISTRATION)
                        .param("date", day.toString()),
                404,
                "en",
                "No service point KHONG-CO.");
        refused(
                book(
                        me,
                        booking(
                                point,
                                day.with(java.time.DayOfWeek.SUNDAY)
                                        .atTime(9, 0)
                                        .atZone(WorkingCalendar.VIETNAM)
                                        .toOffsetDateTime()
                                        .toString())),
                400,
                "vi",
                "Điểm phục vụ không làm việc vào ngày này.");
        refused(
                book(me, booking(point, start, "note", "x".repeat(10_000))),
                400,
                "en",
                "The note may be at most 500 characters long.");
        refused(
                book(me, booking(point, start, "note", "a\u0000b")),
                400,
                "vi",
                "Văn bản gửi lên chứa ký tự NUL (mã 0), không được chấp nhận.");
        refused(
                book(
                        me,
                        booking(
                                point,
                                day.atTime(8, 10)
                                        .atZone(WorkingCalendar.VIETNAM)
                                        .toOffsetDateTime()
                                        .toString())),
                400,
                "en",
                "That time is not one of the point's appointment slots.");
        refused(
                book(me, Map.of("slotId", "not-a-slot", "procedureCode", TestBookings.BIRTH_REGISTRATION)),
                400,
                "vi",
                "Mã khung giờ không hợp lệ.");
        refused(
                post("/api/v1/appointments")
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slotId\": "),
                400,
                "vi",
                null);
        refused(
                post("/api/v1/appointments")
                        .with(me)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("slot"),
                415,
                "vi",
                null);

        // A full slot: capacity 0 when no counter of the line takes appointments.
        bookings.appointmentsPerSlot(point, 3, 0);
        String landProcedure = jdbc.sql("""
                        select code from prc_procedure where level = 'WARD' and field_code = 'land' order by code limit 1""").query(String.class).single();
        refused(
                book(me, procedureBooking(point, landProcedure, start)),
                409,
                "vi",
                "Khung giờ này vừa hết chỗ. Hãy chọn khung giờ khác.");

        assertThat(jdbc.sql("select count(*) from apt_appointment where resident = :r")
                        .param("r", resident.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select coalesce(sum(booked), 0) from apt_slot where point_code = :p")
                        .param("p", point)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** A booking's body at a point and start, birth registration unless another procedure is named, with more fields. */
    private static Map<String, String> booking(String point, String start, String... more) {
        return procedureBooking(point, TestBookings.BIRTH_REGISTRATION, start, more);
    }

    private static Map<String, String> procedureBooking(String point, String procedure, String start, String... more) {
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("servicePointId", point);
        body.put("procedureCode", procedure);
        body.put("start", start);
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return body;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder book(
            RequestPostProcessor me, Map<String, String> body) throws Exception {
        return post("/api/v1/appointments")
                .with(me)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
    }

    private void refused(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            int status,
            String language,
            String detail)
            throws Exception {
        var result = mvc.perform(request.header("Accept-Language", language))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        if (detail != null) {
            result.andExpect(jsonPath("$.detail").value(detail));
        }
    }
}
