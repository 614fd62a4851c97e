package org.opencity.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.hotline.internal.console.QueueBroadcaster;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.opencity.hotline.internal.queue.WaitStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The agent console as operators use it: waiting callers with their numbers masked, accepting (refused without a dial
 * address, refused naming the agent who was quicker), closing, call-backs with an audited reveal, and the live stream.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgentConsoleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TestCalls calls;

    @Autowired
    QueueRepository queue;

    @Autowired
    QueueBroadcaster broadcaster;

    @Autowired
    JdbcClient jdbc;

    @Test
    void waitingCallersAreListedWithTheirNumbersMaskedAndTheirConversation() throws Exception {
        WaitRecord wait = calls.waiting("+84912345678");
        Document page = page(get("/officer/hotline"), DemoPeople.OPERATOR);
        Element caller = page.getElementById("waiting-" + wait.id());
        assertThat(caller).isNotNull();
        assertThat(caller.text()).contains("+84******678").doesNotContain("912345678");
        assertThat(caller.select("details li").eachText())
                .anySatisfy(line -> assertThat(line).contains("Tôi muốn hỏi về làm căn cước."));
        assertThat(caller.select("form[action$=/accept] button").text()).isEqualTo("Nhận cuộc gọi");
        assertThat(page.select("#main-nav a[href=/officer/hotline]")).hasSize(1);
        assertThat(page.select("script[src=/js/hotline-console.js]")).hasSize(1);
        assertThat(page.select("#hotline-queue a[href=/officer/hotline]").text())
                .isEqualTo("Làm mới");
    }

    @Test
    void aDialAddressIsCheckedAndRefusedBesideItsField() throws Exception {
        Document refused =
                page(post("/officer/hotline/agent").with(csrf()).param("dialAddress", "gọi tôi"), DemoPeople.ADMIN);
        assertThat(refused.select(".error-summary a[href=#dialAddress]").text()).contains("0 hoặc +84");
        assertThat(refused.getElementById("dialAddress").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("dialAddress").val()).isEqualTo("gọi tôi");

        Document english = page(
                post("/officer/hotline/agent").with(csrf()).param("lang", "en").param("dialAddress", "sip:bad address"),
                DemoPeople.ADMIN);
        assertThat(english.select(".error-summary").text()).contains("SIP address");

        mvc.perform(post("/officer/hotline/agent")
                        .with(csrf())
                        .with(people.session(DemoPeople.ADMIN))
                        .param("dialAddress", "sip:tongdai01@pbx.hanoi.gov.vn"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/officer/hotline"), DemoPeople.ADMIN)
                        .getElementById("dialAddress")
                        .val())
                .isEqualTo("sip:tongdai01@pbx.hanoi.gov.vn");
    }

    @Test
    void acceptingIsRefusedWithoutADialAddressThenDialsTheAgentAndRefusesASecondAgentByName() throws Exception {
        jdbc.sql("delete from htl_agent where account_id = :id")
                .param("id", people.id(DemoPeople.OPERATOR).value())
                .update();
        WaitRecord wait = calls.waiting("0987654321");

        mvc.perform(post("/officer/hotline/queue/{id}/accept", wait.id())
                        .with(csrf())
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refused", org.hamcrest.Matchers.containsString("số máy")));
        assertThat(queue.find(wait.id()).orElseThrow().status()).isEqualTo(WaitStatus.WAITING);

        saveAddress(DemoPeople.OPERATOR, "0912 000 111");
        mvc.perform(post("/officer/hotline/queue/{id}/accept", wait.id())
                        .with(csrf())
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("done"));
        WaitRecord accepted = queue.find(wait.id()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(WaitStatus.ACCEPTED);
        assertThat(accepted.dialAddress()).isEqualTo("0912000111");
        assertThat(accepted.acceptedBy())
                .isEqualTo(people.id(DemoPeople.OPERATOR).value());
        assertThat(audited("HOTLINE_CALL_ACCEPTED", wait.callId())).isEqualTo(1);

        saveAddress(DemoPeople.ADMIN, "+84911222333");
        String operatorName = people.actor(DemoPeople.OPERATOR).displayName();
        mvc.perform(post("/officer/hotline/queue/{id}/accept", wait.id())
                        .with(csrf())
                        .with(people.session(DemoPeople.ADMIN)))
                .andExpect(flash().attribute("refused", operatorName + " đã nhận cuộc gọi này trước bạn."));

        // The operator holds the call and sees the full number; then closes it with an outcome.
        Element held = page(get("/officer/hotline"), DemoPeople.OPERATOR).getElementById("held-" + wait.id());
        assertThat(held.text()).contains("0987654321");
        mvc.perform(post("/officer/hotline/queue/{id}/close", wait.id())
                        .with(csrf())
                        .with(people.session(DemoPeople.ADMIN))
                        .param("outcome", "RESOLVED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/officer/hotline/queue/{id}/close", wait.id())
                        .with(csrf())
                        .with(people.session(DemoPeople.OPERATOR))
                        .param("outcome", "RESOLVED")
                        .param("note", "Đã hướng dẫn nộp hồ sơ trực tuyến."))
                .andExpect(flash().attributeExists("done"));
        WaitRecord closed = queue.find(wait.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(WaitStatus.CLOSED);
        assertThat(closed.closingOutcome()).isEqualTo("RESOLVED");
        assertThat(closed.closingNote()).isEqualTo("Đã hướng dẫn nộp hồ sơ trực tuyến.");
        assertThat(audited("HOTLINE_CALL_CLOSED", wait.callId())).isEqualTo(1);
        assertThat(page(get("/officer/hotline"), DemoPeople.OPERATOR).getElementById("held-" + wait.id()))
                .isNull();
    }

    @Test
    void aCallBackNumberIsShownOnlyToTheOfficerWhoAskedOnlyInThatAnswerAndIsAudited() throws Exception {
        UUID callback = calls.callback("+84904555666");
        Document list = page(get("/officer/hotline"), DemoPeople.OPERATOR);
        assertThat(list.getElementById("callback-" + callback).text())
                .contains("+84******666")
                .doesNotContain("904555666");

        Document revealed =
                page(post("/officer/hotline/callbacks/{id}/number", callback).with(csrf()), DemoPeople.OPERATOR);
        assertThat(revealed.getElementById("callback-" + callback)
                        .select(".revealed-number")
                        .text())
                .isEqualTo("+84904555666");
        UUID call = jdbc.sql("select call_id from htl_callback where id = :id")
                .param("id", callback)
                .query(UUID.class)
                .single();
        assertThat(audited("HOTLINE_NUMBER_REVEALED", call)).isEqualTo(1);

        assertThat(page(get("/officer/hotline"), DemoPeople.OPERATOR).text()).doesNotContain("904555666");
        assertThat(page(get("/officer/hotline/queue"), DemoPeople.ADMIN).text()).doesNotContain("904555666");

        mvc.perform(post("/officer/hotline/callbacks/{id}/done", callback)
                        .with(csrf())
                        .with(people.session(DemoPeople.OPERATOR))
                        .param("note", "Đã gọi lại, người dân đã rõ."))
                .andExpect(flash().attributeExists("done"));
        assertThat(audited("HOTLINE_CALLBACK_DONE", call)).isEqualTo(1);
        String operatorName = people.actor(DemoPeople.OPERATOR).displayName();
        mvc.perform(post("/officer/hotline/callbacks/{id}/done", callback)
                        .with(csrf())
                        .with(people.session(DemoPeople.ADMIN)))
                .andExpect(flash().attribute("refused", operatorName + " đã gọi lại cho người này."));
    }

    @Test
    void theEventStreamSaysQueueWhenTheQueueChangedOnAnyNode() throws Exception {
        MvcResult stream = mvc.perform(get("/officer/hotline/events")
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(request().asyncStarted())
                .andReturn();
        assertThat(stream.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(broadcaster.listeners()).isPositive();

        broadcaster.tick();
        assertThat(stream.getResponse().getContentAsString()).doesNotContain("event:queue");

        calls.waiting("0933444555");
        broadcaster.tick();
        assertThat(stream.getResponse().getContentAsString()).contains("event:queue");
        stream.getRequest().getAsyncContext().complete();
    }

    @Test
    void residentsVisitorsAndOtherOfficersAreRefusedEveryHotlinePath() throws Exception {
        WaitRecord wait = calls.waiting("0944555666");
        UUID callback = calls.callback("0944555777");
        List<Supplier<MockHttpServletRequestBuilder>> requests = List.of(
                () -> get("/officer/hotline"),
                () -> get("/officer/hotline/queue"),
                () -> get("/officer/hotline/events"),
                () -> get("/officer/hotline/calls"),
                () -> get("/officer/hotline/calls/" + wait.callId()),
                () -> get("/officer/hotline/calls/" + wait.callId() + "/recording"),
                () -> post("/officer/hotline/agent").with(csrf()).param("dialAddress", "0912345678"),
                () -> post("/officer/hotline/queue/" + wait.id() + "/accept").with(csrf()),
                () -> post("/officer/hotline/queue/" + wait.id() + "/close").with(csrf()),
                () -> post("/officer/hotline/callbacks/" + callback + "/number").with(csrf()),
                () -> post("/officer/hotline/callbacks/" + callback + "/done").with(csrf()));
        for (Supplier<MockHttpServletRequestBuilder> request : requests) {
            MvcResult anonymous = mvc.perform(request.get()).andReturn();
            String path = anonymous.getRequest().getRequestURI();
            assertThat(anonymous.getResponse().getStatus()).as(path).isEqualTo(302);
            assertThat(anonymous.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
            for (String login : List.of(DemoPeople.RESIDENT, DemoPeople.HOAN_KIEM_OFFICER)) {
                assertThat(mvc.perform(request.get().with(people.session(login)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(login + " " + path)
                        .isEqualTo(403);
            }
        }
        assertThat(queue.find(wait.id()).orElseThrow().status()).isEqualTo(WaitStatus.WAITING);
        assertThat(jdbc.sql("select count(*) from htl_callback where id = :id and done_at is null")
                        .param("id", callback)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void saveAddress(String login, String address) throws Exception {
        mvc.perform(post("/officer/hotline/agent")
                        .with(csrf())
                        .with(people.session(login))
                        .param("dialAddress", address))
                .andExpect(status().is3xxRedirection());
    }

    private long audited(String action, UUID call) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and target_id = :call")
                .param("action", action)
                .param("call", call.toString())
                .query(Long.class)
                .single();
    }

    private Document page(MockHttpServletRequestBuilder request, String login) throws Exception {
        String html = mvc.perform(request.with(people.session(login)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
