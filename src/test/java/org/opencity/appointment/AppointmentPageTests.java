package org.opencity.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Booking through the pages without JavaScript: find the point by a former ward name without diacritics, find the
 * procedure, choose a slot, see the confirmation; the desk's day list shows the resident's name to the point's staff.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppointmentPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TestBookings bookings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aResidentBooksThroughThreePlainStepsAndSeesTheConfirmation() throws Exception {
        Actor resident = bookings.resident();
        RequestPostProcessor me = people.session(resident.id());

        Document step1 = page(get("/appointments/new").param("q", "hang trong"), me);
        assertThat(step1.select(".results a").eachText())
                .contains("Trung tâm Phục vụ hành chính công Phường Hoàn Kiếm");

        String point = bookings.wardCentre(20);
        Document step2 = page(get("/appointments/new").param("point", point).param("q", "khai sinh"), me);
        assertThat(step2.select(".results a[href*=procedure=1.001193]")).isNotEmpty();

        LocalDate day = bookings.workingDay(13);
        Document step3 = page(
                get("/appointments/new")
                        .param("point", point)
                        .param("procedure", TestBookings.BIRTH_REGISTRATION)
                        .param("date", day.toString()),
                me);
        assertThat(step3.select("input[name=slotId]")).hasSize(16);
        String slotId = step3.select("input[name=slotId]").get(3).val();
        assertThat(step3.select("label[for=slot-" + slotId + "]").text()).startsWith("09:30");

        String location = mvc.perform(post("/appointments")
                        .with(me)
                        .with(csrf())
                        .param("slotId", slotId)
                        .param("procedure", TestBookings.BIRTH_REGISTRATION)
                        .param("note", "Con thứ hai"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/appointments/");

        Document confirmation = page(get(location), me);
        assertThat(confirmation.select("h1").text()).startsWith("Lịch hẹn LH-");
        assertThat(confirmation.select("img[src$=/qr.png]").attr("alt")).startsWith("Mã QR của lịch hẹn LH-");
        assertThat(confirmation.select("a[href$=/calendar.ics]")).hasSize(1);
        assertThat(confirmation
                        .select("form[action$=/cancel] button.button--destructive")
                        .text())
                .isEqualTo("Huỷ lịch hẹn");

        Document mine = page(get("/appointments"), me);
        assertThat(mine.select("tbody tr")).hasSize(1);

        // The slot is full for nobody else yet, but the same person cannot book it twice: the form says why.
        String again = mvc.perform(post("/appointments")
                        .with(me)
                        .with(csrf())
                        .param("slotId", slotId)
                        .param("procedure", TestBookings.BIRTH_REGISTRATION))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(again).startsWith("/appointments/new");
    }

    @Test
    void theDeskSeesTheDayWithNamesAndOthersAreRefused() throws Exception {
        Document desk = page(get("/officer/appointments/TTPVHCC-00070"), people.session(DemoPeople.HOAN_KIEM_CLERK));
        assertThat(desk.select("h1").text()).contains("Phường Hoàn Kiếm");
        mvc.perform(get("/officer/appointments/TTPVHCC-00070")
                        .with(people.session(DemoPeople.CAU_GIAY_OFFICER))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/officer/appointments/TTPVHCC-00070")
                        .with(people.session(DemoPeople.RESIDENT))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    @Test
    void servicePointsAreFoundByWardNameWithoutDiacriticsAndShowTheirHours() throws Exception {
        Document found = Jsoup.parse(
                mvc.perform(get("/service-points").param("q", "dich vong hau").accept(MediaType.TEXT_HTML))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(found.select("tbody a").eachText()).contains("Trung tâm Phục vụ hành chính công Phường Cầu Giấy");
        assertThat(found.select("#week-heading").text()).isEqualTo("Xe lưu động tuần này");

        Document point =
                Jsoup.parse(mvc.perform(get("/service-points/TTPVHCC-00070").accept(MediaType.TEXT_HTML))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(point.select("dd").eachText()).contains("Số 126 Hàng Trống, phường Hoàn Kiếm");
        assertThat(point.select("a[href=/appointments/new?point=TTPVHCC-00070]"))
                .hasSize(1);
        mvc.perform(get("/service-points/KHONG-CO").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void theCentresStaffChangeItsCountersAndStaleChangesAreRefused() throws Exception {
        assertThat(page(get("/officer/service-points/TTPVHCC-00070"), people.session(DemoPeople.HOAN_KIEM_CLERK))
                        .select("h1")
                        .text())
                .contains("Phường Hoàn Kiếm");
        // The edits go to a point of the test's own, so other tests keep the seeded counters.
        RequestPostProcessor clerk = people.session(DemoPeople.ADMIN);
        String point = bookings.wardCentre(21);
        Document edit = page(get("/officer/service-points/" + point), clerk);
        String version = edit.select("input[name=version]").first().val();
        mvc.perform(post("/officer/service-points/" + point + "/counters")
                        .with(clerk)
                        .with(csrf())
                        .param("version", version)
                        .param("number", "6")
                        .param("lines", "B", "C")
                        .param("perSlot", "2")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        Document saved = page(get("/officer/service-points/" + point), clerk);
        assertThat(saved.select("legend").eachText()).contains("Quầy 6");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'SERVICE_POINT_COUNTER_SAVED' and target_id = :p""").param("p", point).query(Integer.class).single())
                .isEqualTo(1);
        // The old version is refused: someone else changed the point meanwhile.
        mvc.perform(post("/officer/service-points/" + point + "/counters")
                        .with(clerk)
                        .with(csrf())
                        .param("version", version)
                        .param("number", "6")
                        .param("lines", "B")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problem", org.hamcrest.Matchers.containsString("vừa được người khác thay đổi")));
        // Another ward's officer may not.
        mvc.perform(get("/officer/service-points/TTPVHCC-00070")
                        .with(people.session(DemoPeople.CAU_GIAY_OFFICER))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(who).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
