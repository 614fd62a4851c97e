package org.opencity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officers' and administrators' report pages, as forms are posted from a browser.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ReportManagement reports;

    private RequestPostProcessor signedIn(String login, String... roles) {
        String[] all = new String[roles.length + 1];
        all[0] = "RESIDENT";
        System.arraycopy(roles, 0, all, 1, roles.length);
        return user(people.id(login).toString()).roles(all);
    }

    private String newReport() {
        return reports.submit(
                        new NewReport(
                                "ROADS",
                                "Ổ gà trên phố Đinh Tiên Hoàng",
                                21.0287,
                                105.8524,
                                null,
                                false,
                                ReportSource.WEB,
                                people.id(DemoPeople.RESIDENT),
                                null,
                                null,
                                List.of()),
                        Locale.ROOT)
                .number();
    }

    @Test
    void theCheckForSimilarReportsIsPostedSoNothingOfTheFormReachesTheAddressBar() throws Exception {
        RequestPostProcessor resident = signedIn(DemoPeople.RESIDENT);
        mvc.perform(get("/reports/new").with(resident))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("formmethod=\"post\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("formmethod=\"get\""))));
        mvc.perform(post("/reports/new")
                        .with(resident)
                        .with(csrf())
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Ổ gà"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ổ gà")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.anyOf(
                                containsString("id=\"nearby-heading\""), containsString("role=\"status\""))));
    }

    @Test
    void anAssignmentIsConfirmedWithTheColleaguesName() throws Exception {
        String number = newReport();
        RequestPostProcessor officer = signedIn(DemoPeople.HOAN_KIEM_OFFICER, "WARD_OFFICER");
        mvc.perform(post("/officer/reports/{n}/assign", number)
                        .with(officer)
                        .with(csrf())
                        .param(
                                "assignee",
                                people.id(DemoPeople.HOAN_KIEM_OFFICER).toString()))
                .andExpect(redirectedUrl("/officer/reports/" + number))
                .andExpect(flash().attribute(
                                "done",
                                "Đã giao phản ánh " + number + " cho "
                                        + people.actor(DemoPeople.HOAN_KIEM_OFFICER)
                                                .displayName() + "."));
    }

    @Test
    void anOfficerAnswersFromTheDeskPageAndTheAnswerIsPublic() throws Exception {
        String number = newReport();
        RequestPostProcessor officer = signedIn(DemoPeople.HOAN_KIEM_OFFICER, "WARD_OFFICER");
        String unit = reports.publicReport(number, Locale.ROOT).unitName();
        mvc.perform(get("/officer/reports").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/officer/reports/{n}", number).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn An")));
        mvc.perform(post("/officer/reports/{n}/answer", number)
                        .with(officer)
                        .with(csrf())
                        .param("text", "Đã vá ổ gà")
                        .param("resolve", "true"))
                .andExpect(redirectedUrl("/officer/reports/" + number))
                .andExpect(
                        flash().attribute("done", "Đã trả lời và đánh dấu phản ánh " + number + " là đã xử lý xong."));
        mvc.perform(get("/reports/{n}", number))
                .andExpect(content().string(containsString("Đã vá ổ gà")))
                .andExpect(content().string(containsString("Đã xử lý xong")))
                .andExpect(content().string(containsString(unit)));
    }

    @Test
    void anOfficerOfAnotherWardCannotOpenTheReport() throws Exception {
        String number = newReport();
        mvc.perform(get("/officer/reports/{n}", number).with(signedIn(DemoPeople.CAU_GIAY_OFFICER, "WARD_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/officer/reports/{n}/answer", number)
                        .with(signedIn(DemoPeople.CAU_GIAY_OFFICER, "WARD_OFFICER"))
                        .with(csrf())
                        .param("text", "x"))
                .andExpect(redirectedUrl("/officer/reports/" + number))
                .andExpect(flash().attribute(
                                "problem", "Bạn không có quyền thực hiện thao tác này với hồ sơ của đơn vị khác."));
    }

    @Test
    void aResidentRatesFromThePublicPage() throws Exception {
        String number = newReport();
        mvc.perform(post("/officer/reports/{n}/answer", number)
                .with(signedIn(DemoPeople.HOAN_KIEM_OFFICER, "WARD_OFFICER"))
                .with(csrf())
                .param("text", "Xong")
                .param("resolve", "true"));
        mvc.perform(post("/reports/{n}/rating", number)
                        .with(signedIn(DemoPeople.RESIDENT))
                        .with(csrf())
                        .param("stars", "5")
                        .param("comment", "Cảm ơn"))
                .andExpect(redirectedUrl("/reports/" + number))
                .andExpect(flash().attribute("done", "Cảm ơn bạn đã đánh giá."));
    }

    @Test
    void administratorsEditCategoryRules() throws Exception {
        RequestPostProcessor admin = signedIn(DemoPeople.ADMIN, "ADMINISTRATOR");
        mvc.perform(get("/admin/report-categories").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Xây dựng")));
        mvc.perform(post("/admin/report-categories/NOISE")
                        .with(admin)
                        .with(csrf())
                        .param("slaWorkingHours", "12")
                        .param("departmentUnitCode", "")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/admin/report-categories"));
        org.assertj.core.api.Assertions.assertThat(reports.category("NOISE").slaWorkingHours())
                .isEqualTo(12);
        mvc.perform(post("/admin/report-categories/NOISE")
                        .with(signedIn(DemoPeople.OPERATOR, "CITY_OPERATOR"))
                        .with(csrf())
                        .param("slaWorkingHours", "1")
                        .param("active", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aResidentWhoSentTheFormSeesTheReportOnItsPageAndInTheFeedAtOnce() throws Exception {
        RequestPostProcessor resident = signedIn(DemoPeople.RESIDENT);
        mvc.perform(get("/reports").with(resident)).andExpect(status().isOk());
        String location = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reports")
                                .with(resident)
                                .with(csrf())
                                .param("categoryCode", "TREES")
                                .param("description", "Cây đổ chắn ngang vỉa hè")
                                .param("lat", "21.0287")
                                .param("lon", "105.8524"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String number = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).with(resident))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/reports").with(resident))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
    }

    @Test
    void theFeedFiltersByDate() throws Exception {
        mvc.perform(get("/reports")
                        .param("from", "2026-01-01")
                        .param("to", "2026-12-31")
                        .param("category", "ROADS"))
                .andExpect(status().isOk());
        mvc.perform(get("/reports").param("from", "not-a-date")).andExpect(status().isBadRequest());
    }

    @Test
    void theFormAsksEachCategorysQuestionsAndKeepsTheAnswers(
            @org.springframework.beans.factory.annotation.Autowired
                    org.springframework.jdbc.core.simple.JdbcClient jdbc)
            throws Exception {
        mvc.perform(get("/reports/new").with(signedIn(DemoPeople.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"attribute[hazard_size]\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kích thước chỗ hư hỏng")));
        String location = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reports")
                                .with(signedIn(DemoPeople.RESIDENT))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("categoryCode", "ROADS")
                                .param("description", "Ổ gà sâu trước cổng trường")
                                .param("lat", "21.0287")
                                .param("lon", "105.8524")
                                .param("attribute[hazard_size]", "medium")
                                .param("attribute[water_depth_cm]", "20"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String number = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("""
                select a.code || '=' || a.value from rpt_report_attribute a join rpt_report r on r.id = a.report_id
                where r.number = :n""").param("n", number).query(String.class).list()).containsExactly("hazard_size=medium");
    }
}
