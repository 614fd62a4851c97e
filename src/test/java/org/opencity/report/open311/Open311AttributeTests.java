package org.opencity.report.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencity.report.open311.Open311TestSupport.DEMO_KEY;
import static org.opencity.report.open311.Open311TestSupport.submission;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client answers a service's extra questions with attribute[CODE]: valid answers are kept for the handling
 * officers, an answer outside the service definition is the client's mistake and writes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311AttributeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoPeople people;

    @Test
    void answersAreKeptAndShownToTheHandlingOfficers() throws Exception {
        String body = mvc.perform(submission(
                        "json", DEMO_KEY, "Ổ gà rất lớn giữa phố Tràng Tiền", "attribute[hazard_size]", "large"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String number = json.readTree(body).get(0).get("service_request_id").asString();
        assertThat(jdbc.sql("""
                select a.value from rpt_report_attribute a join rpt_report r on r.id = a.report_id
                where r.number = :n and a.code = 'hazard_size'""").param("n", number).query(String.class).single())
                .isEqualTo("large");
        mvc.perform(get("/api/v1/desk/reports/{n}", number).with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers[0].question").value("Kích thước chỗ hư hỏng"))
                .andExpect(jsonPath("$.answers[0].answers[0]").value("Lớn (trên 1 m)"));
    }

    @Test
    void anAnswerOutsideTheDefinitionIsA400AndNothingIsWritten() throws Exception {
        long before =
                jdbc.sql("select count(*) from rpt_report").query(Long.class).single();
        mvc.perform(submission("json", DEMO_KEY, "Ổ gà", "attribute[hazard_size]", "enormous"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$[0].code").value(400));
        assertThat(jdbc.sql("select count(*) from rpt_report").query(Long.class).single())
                .isEqualTo(before);
    }
}
