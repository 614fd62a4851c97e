package org.opencity.report.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.opencity.report.open311.Open311TestSupport.DEMO_KEY;
import static org.opencity.report.open311.Open311TestSupport.json;
import static org.opencity.report.open311.Open311TestSupport.submit;
import static org.opencity.report.open311.Open311TestSupport.text;
import static org.opencity.report.open311.Open311TestSupport.xml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.report.ReportDesk;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * mySociety's servicerequestupdates: a client follows the steps of reports and posts its users' comments.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311UpdateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportManagement reports;

    @Autowired
    ReportDesk desk;

    @Autowired
    Actors actors;

    private static MockHttpServletRequestBuilder comment(String format, String number, String status, String text) {
        return comment(format, DEMO_KEY, number, status, text);
    }

    private static MockHttpServletRequestBuilder comment(
            String format, String apiKey, String number, String status, String text) {
        return post("/open311/v2/servicerequestupdates." + format)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", apiKey)
                .param("jurisdiction_id", "hanoi.gov.vn")
                .param("service_request_id", number)
                .param("update_id", "fms-991")
                .param("updated_datetime", "2026-03-01T10:00:00+07:00")
                .param("status", status)
                .param("description", text)
                .param("email", "nguoi.dung@example.vn")
                .param("first_name", "Lan")
                .param("last_name", "Phạm");
    }

    private List<JsonNode> updatesOf(String number) throws Exception {
        String body = mvc.perform(get("/open311/v2/servicerequestupdates.json")
                        .param(
                                "start_date",
                                Instant.now().minus(1, ChronoUnit.HOURS).toString())
                        .param(
                                "end_date",
                                Instant.now().plus(1, ChronoUnit.MINUTES).toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode update : json(body)) {
            if (update.get("service_request_id").asString().equals(number)) {
                mine.add(update);
            }
        }
        return mine;
    }

    @Test
    void aNewRequestShowsItsReceivedStep() throws Exception {
        String number =
                submit(mvc, "Cống tắc, nước tràn").get("service_request_id").asString();
        List<JsonNode> updates = updatesOf(number);
        assertThat(updates.size()).isEqualTo(1);
        assertThat(updates.get(0).get("status").asString()).isEqualTo("open");
        assertThat(updates.get(0).get("update_id").isNumber()).isTrue();
        assertThat(updates.get(0).get("media_url").asString()).isEmpty();
        assertThat(updates.get(0).get("updated_datetime").asString()).endsWith("+07:00");
        Document xmlUpdates = xml(mvc.perform(get("/open311/v2/servicerequestupdates.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(xmlUpdates.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
        assertThat(xmlUpdates.getElementsByTagName("request_update").getLength())
                .isPositive();
    }

    @Test
    void aPostedCommentBecomesAPublicStep() throws Exception {
        String number =
                submit(mvc, "Đèn tín hiệu hỏng").get("service_request_id").asString();
        String body = mvc.perform(comment("xml", number, "OPEN", "Vẫn chưa sửa, rất nguy hiểm"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document answer = xml(body);
        assertThat(answer.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
        String updateId = text(answer, "update_id");
        List<JsonNode> updates = updatesOf(number);
        assertThat(updates.size()).isEqualTo(2);
        assertThat(updates.get(1).get("update_id").asString()).isEqualTo(updateId);
        assertThat(updates.get(1).get("description").asString()).isEqualTo("Vẫn chưa sửa, rất nguy hiểm");
        assertThat(body + updates).doesNotContain("nguoi.dung", "Phạm");
    }

    @Test
    void openOnAResolvedReportReopensIt() throws Exception {
        String number = submit(mvc, "Nắp cống vỡ").get("service_request_id").asString();
        Actor operator = actors.actor(
                        actors.byLogin("operator@demo.opencity.vn").orElseThrow())
                .orElseThrow();
        desk.answer(operator, number, "Đã thay nắp cống", List.of(), true);
        assertThat(reports.publicReport(number, Locale.ENGLISH).status()).isEqualTo(ReportStatus.RESOLVED);
        mvc.perform(get("/open311/v2/requests/{id}.json", number)).andExpect(jsonPath("$[0].status", is("closed")));
        List<JsonNode> resolved = updatesOf(number);
        assertThat(resolved.get(resolved.size() - 1).get("status").asString()).isEqualTo("fixed");

        mvc.perform(comment("json", number, "open", "Nắp mới lại vỡ rồi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].update_id").isNumber());
        assertThat(reports.publicReport(number, Locale.ENGLISH).status()).isEqualTo(ReportStatus.IN_PROGRESS);
        mvc.perform(get("/open311/v2/requests/{id}.json", number)).andExpect(jsonPath("$[0].status", is("open")));
    }

    @Test
    void mistakesInAPostedCommentAreExplained() throws Exception {
        String number = submit(mvc, "Cây gãy cành").get("service_request_id").asString();
        mvc.perform(comment("json", "wrong", number, "OPEN", "x")).andExpect(status().isForbidden());
        mvc.perform(comment("json", "PA-1999-000000", "OPEN", "x"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code", is(404)));
        mvc.perform(comment("json", number, "MAYBE", "x")).andExpect(status().isBadRequest());
        mvc.perform(comment("json", number, "CLOSED", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description", is("description is required")));
        mvc.perform(get("/open311/v2/servicerequestupdates.json").param("end_date", "soon"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/open311/v2/servicerequestupdates.json")
                        .param("start_date", "2026-02-01T00:00:00Z")
                        .param("end_date", "2026-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void updatesOfTheLastDayAreTheDefault() throws Exception {
        String number = submit(mvc, "Tiếng ồn công trình ban đêm")
                .get("service_request_id")
                .asString();
        mvc.perform(get("/open311/v2/servicerequestupdates.json")
                        .param("start_date", "")
                        .param("end_date", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", hasItem(number)));
    }
}
