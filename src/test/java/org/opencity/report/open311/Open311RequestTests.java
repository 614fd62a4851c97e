package org.opencity.report.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.opencity.report.open311.Open311TestSupport.DEMO_KEY;
import static org.opencity.report.open311.Open311TestSupport.submission;
import static org.opencity.report.open311.Open311TestSupport.submit;
import static org.opencity.report.open311.Open311TestSupport.text;
import static org.opencity.report.open311.Open311TestSupport.xml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * A client submits a report with the demo key and follows it: by id, by token and in the request list, without
 * ever seeing who reported it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311RequestTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmittedRequestGetsItsIdAndTokenAtOnce() throws Exception {
        String body = mvc.perform(submission("xml", DEMO_KEY, "Ổ gà lớn trước số 12 Hàng Bài <gần ngã tư> & vỉa hè vỡ"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/xml"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document created = xml(body);
        assertThat(created.getDocumentElement().getTagName()).isEqualTo("service_requests");
        String number = text(created, "service_request_id");
        assertThat(number).startsWith("PA-");
        assertThat(text(created, "token")).hasSize(36);
        var stored = jdbc.sql("""
                select source, client_name, reporter_email, reporter_name, reporter_phone from rpt_report
                where number = :n""").param("n", number).query().singleRow();
        assertThat(stored)
                .containsEntry("source", "OPEN311")
                .containsEntry("client_name", "Demo Open311 client")
                .containsEntry("reporter_email", "khach.open311@example.vn")
                .containsEntry("reporter_name", "Trịnh Văn Khách")
                .containsEntry("reporter_phone", "0987654321");
    }

    @Test
    void aRequestIsReadableByIdInBothFormatsWithoutThePersonWhoReportedIt() throws Exception {
        String number = submit(mvc, "Đèn đường hỏng, cột nghiêng")
                .get("service_request_id")
                .asString();
        String json = mvc.perform(get("/open311/v2/requests/{id}.json", number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_request_id", is(number)))
                .andExpect(jsonPath("$[0].status", is("open")))
                .andExpect(jsonPath("$[0].service_code", is("ROADS")))
                .andExpect(jsonPath("$[0].service_name", is("Đường, vỉa hè hư hỏng")))
                .andExpect(jsonPath("$[0].lat", is(21.0287)))
                .andExpect(jsonPath("$[0].long", is(105.8524)))
                .andExpect(jsonPath("$[0].agency_responsible").isString())
                .andExpect(jsonPath("$[0].requested_datetime", startsWith("20")))
                .andExpect(jsonPath("$[0].expected_datetime").isString())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String requested = OffsetDateTime.parse(Open311TestSupport.json(json)
                        .get(0)
                        .get("requested_datetime")
                        .asString())
                .getOffset()
                .getId();
        assertThat(requested).isEqualTo("+07:00");
        String xmlBody = mvc.perform(get("/open311/v2/requests/{id}.xml", number))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document request = xml(xmlBody);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "lat")).isEqualTo("21.0287");
        assertThat(text(request, "long")).isEqualTo("105.8524");
        for (String body : new String[] {json, xmlBody}) {
            assertThat(body).doesNotContain("khach.open311", "example.vn", "0987654321", "Khách", "Trịnh");
        }
    }

    @Test
    void theTokenLeadsToTheId() throws Exception {
        JsonNode created = submit(mvc, "Cây đổ chắn lối đi");
        String token = created.get("token").asString();
        mvc.perform(get("/open311/v2/tokens/{token}.json", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[0].service_request_id",
                        is(created.get("service_request_id").asString())))
                .andExpect(jsonPath("$[0].token", is(token)));
        mvc.perform(get("/open311/v2/tokens/{token}.xml", "00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/tokens/{token}.json", "not-a-token"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code", is(404)));
    }

    @Test
    void requestsAreFoundByIdListAndByStatus() throws Exception {
        String first = submit(mvc, "Nắp hố ga bị mất").get("service_request_id").asString();
        String second = submit(mvc, "Vỉa hè sụt lún").get("service_request_id").asString();
        mvc.perform(get("/open311/v2/requests.json").param("service_request_id", first + "," + second))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].service_request_id", hasItem(first)))
                .andExpect(jsonPath("$[*].service_request_id", hasItem(second)));
        mvc.perform(get("/open311/v2/requests.json").param("status", "open").param("service_code", "ROADS,LIGHTING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", hasItem(first)));
        mvc.perform(get("/open311/v2/requests.json").param("status", "closed"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem(first))));
        mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2020-01-01T00:00:00Z")
                        .param("end_date", "2020-02-01T00:00:00+07:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        Document list = xml(mvc.perform(get("/open311/v2/requests.xml").param("service_request_id", first))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.getElementsByTagName("request").getLength()).isEqualTo(1);
    }

    @Test
    void anEmptyParameterIsTheSameAsAMissingOne() throws Exception {
        String number =
                submit(mvc, "Rác thải đổ trộm ven hồ").get("service_request_id").asString();
        mvc.perform(get("/open311/v2/requests.json")
                        .param("service_request_id", "")
                        .param("status", "")
                        .param("service_code", "")
                        .param("start_date", "")
                        .param("end_date", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", hasItem(number)));
        mvc.perform(submission("json", DEMO_KEY, "Có mô tả", "service_code", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description", is("service_code is required")));
    }

    @Test
    void badFiltersAreTheClientsMistake() throws Exception {
        mvc.perform(get("/open311/v2/requests.json").param("status", "pending"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code", is(400)));
        mvc.perform(get("/open311/v2/requests.xml").param("start_date", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/xml"));
        mvc.perform(get("/open311/v2/requests.json")
                        .param("start_date", "2020-01-01T00:00:00Z")
                        .param("end_date", "2021-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/open311/v2/requests/{id}.json", "PA-1999-000000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code", is(404)));
    }
}
