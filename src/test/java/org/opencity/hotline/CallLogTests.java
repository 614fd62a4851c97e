package org.opencity.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.hotline.internal.call.CallRecord;
import org.opencity.hotline.internal.console.AgentConsole;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The call log: numbers masked in the list and for officers who did not handle a call, full for those who did; the
 * transcript, the voice report and its recording with its type.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CallLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TestCalls calls;

    @Autowired
    AgentConsole console;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNumberIsFullOnlyForTheOfficerWhoHandledTheCall() throws Exception {
        WaitRecord wait = calls.waiting("+84977123456");
        console.saveDialAddress(people.actor(DemoPeople.OPERATOR), "0912000222");
        console.accept(people.actor(DemoPeople.OPERATOR), wait.id());

        Document log = page("/officer/hotline/calls", DemoPeople.OPERATOR);
        assertThat(log.select("a[href=/officer/hotline/calls/" + wait.callId() + "]"))
                .hasSize(1);
        assertThat(log.text()).contains("+84******456").doesNotContain("977123456");
        assertThat(log.select("table.figures-hours caption").text()).isEqualTo("Số cuộc gọi theo giờ");
        assertThat(log.select("td[data-label]")).isNotEmpty();

        Document handler = page("/officer/hotline/calls/" + wait.callId(), DemoPeople.OPERATOR);
        assertThat(handler.text()).contains("+84977123456");
        assertThat(handler.select(".call-lines li").eachText())
                .anySatisfy(line -> assertThat(line).contains("Tôi muốn hỏi về làm căn cước."));
        assertThat(handler.text()).contains("Bắt đầu → Danh mục → Câu hỏi");

        Document other = page("/officer/hotline/calls/" + wait.callId(), DemoPeople.ADMIN);
        assertThat(other.text()).contains("+84******456").doesNotContain("977123456");
        Document english = page("/officer/hotline/calls/" + wait.callId() + "?lang=en", DemoPeople.ADMIN);
        assertThat(english.text()).contains("only the officers who handled the call see the full number");
    }

    @Test
    void anOfficerShownACallBackNumberSeesItInTheLogToo() throws Exception {
        UUID callback = calls.callback("0966111222");
        UUID call = jdbc.sql("select call_id from htl_callback where id = :id")
                .param("id", callback)
                .query(UUID.class)
                .single();
        assertThat(page("/officer/hotline/calls/" + call, DemoPeople.ADMIN).text())
                .doesNotContain("0966111222");
        mvc.perform(post("/officer/hotline/callbacks/{id}/number", callback)
                        .with(csrf())
                        .with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk());
        assertThat(page("/officer/hotline/calls/" + call, DemoPeople.ADMIN).text())
                .contains("0966111222");
        assertThat(page("/officer/hotline/calls/" + call, DemoPeople.OPERATOR).text())
                .doesNotContain("0966111222");
    }

    @Test
    void aVoiceReportsRecordingIsServedWithItsTypeAndACallWithoutOneIsAProblem() throws Exception {
        CallRecord call = calls.started("0988777666", Instant.now().minusSeconds(120));
        calls.ended(call, CallOutcome.REPORT_LEFT, Instant.now().minusSeconds(10));
        byte[] audio = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'};
        calls.voiceReport(call.id(), audio, "audio/wav");

        Document page = page("/officer/hotline/calls/" + call.id(), DemoPeople.OPERATOR);
        assertThat(page.select("audio[controls]").attr("src"))
                .isEqualTo("/officer/hotline/calls/" + call.id() + "/recording");
        assertThat(page.text())
                .contains("số 1 Tràng Tiền")
                .contains("đèn đường hỏng")
                .contains("Để lại phản ánh");

        mvc.perform(get("/officer/hotline/calls/{id}/recording", call.id()).with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "audio/wav"))
                .andExpect(content().bytes(audio));

        CallRecord silent = calls.started("0988777555", Instant.now().minusSeconds(60));
        mvc.perform(get("/officer/hotline/calls/{id}/recording", silent.id()).with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/officer/hotline/calls/{id}", UUID.randomUUID())
                        .with(people.session(DemoPeople.OPERATOR))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    private Document page(String path, String login) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(people.session(login)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
