package org.opencity.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.assistant.FixedKnowledge;
import org.opencity.dossier.TestDossiers;
import org.opencity.identity.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The call simulator drives the real webhook over real HTTP (a random port), as a provider with an auth token: every
 * request it sends is signed for the public base URL the webhook checks, which is not the address it is sent to. The
 * officer's side is MockMvc with one session, as a browser without JavaScript: post, redirect, get.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "opencity.base-url=https://hotline.example.vn",
            "opencity.hotline.auth-token=12345678901234567890123456789012",
            "opencity.hotline.filing-interval=1h"
        })
@AutoConfigureMockMvc
@Import(FixedKnowledge.class)
class CallSimulatorPageTests {

    static final String PAGE = "/officer/hotline/simulator";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TestDossiers dossiers;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession session;
    RequestPostProcessor operator;

    @BeforeEach
    void signIn() {
        session = new MockHttpSession();
        operator = people.session(DemoPeople.OPERATOR);
    }

    @Test
    void aCallStartsWithTheGreetingPlayedAndItsTextShown() throws Exception {
        Document page = act("/start", "callerId", "+84900000001");

        assertThat(transcript(page)).contains("Tổng đài: Xin chào").contains("bấm phím 2");
        assertThat(page.select("ol.transcript audio[controls]").eachAttr("src"))
                .isNotEmpty()
                .allMatch(src -> src.matches("/hotline/audio/[0-9a-f]{64}\\.wav"));
        assertThat(page.select("[aria-live=polite] ol.transcript")).hasSize(1);
        assertThat(page.select(".keypad button[name=key]")).hasSize(12);
        assertThat(page.selectFirst(".keypad button[value=#]").attr("aria-label"))
                .isEqualTo("Phím # (thăng)");
        assertThat(page.selectFirst("label[for=words]").text()).isEqualTo("Điều bạn nói");
        assertThat(jdbc.sql("select count(*) from htl_call where caller_phone = '+84900000001'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aDossierIsLookedUpByKeypadWrongDigitsFirst() throws Exception {
        Account resident = dossiers.verifiedResident();
        String code = dossiers.submitted(resident).replaceAll("[^0-9]", "");
        String digits = resident.phone().substring(resident.phone().length() - 4);
        String wrong = digits.equals("0000") ? "1111" : "0000";
        act("/start", "callerId", "+84900000011");

        assertThat(transcript(act("/keys", "key", "2"))).contains("Bạn bấm: 2").contains("mã hồ sơ");
        assertThat(transcript(act("/keys", "keys", code + "#")))
                .contains("Bạn bấm: " + code + "#")
                .contains("bốn số cuối");
        for (int i = 0; i < 3; i++) {
            Document pressing = act("/keys", "key", wrong.substring(i, i + 1));
            assertThat(pressing.text()).contains("Đã bấm " + wrong.substring(0, i + 1) + ", chưa gửi.");
        }
        assertThat(transcript(act("/keys", "key", wrong.substring(3)))).contains("Không tìm thấy hồ sơ");

        act("/keys", "keys", code + "#");
        Document status = act("/keys", "keys", digits);
        assertThat(transcript(status)).contains("khai sinh");
        assertThat(last(status)).contains("tra cứu hồ sơ khác");

        Document over = act("/hang-up");
        assertThat(transcript(over)).endsWith("Bạn đã gác máy.");
        assertThat(over.select(".keypad")).isEmpty();
        assertThat(outcome("+84900000011")).isEqualTo("STATUS_CHECKED");
    }

    @Test
    void aSpokenQuestionIsAnsweredAndSilenceIsAskedAgain() throws Exception {
        act("/start", "callerId", "0900 000 002");

        Document answered = act("/say", "words", "lam lai can cuoc mat bao lau");
        assertThat(transcript(answered)).contains("Bạn nói: lam lai can cuoc mat bao lau");
        assertThat(last(answered)).containsIgnoringCase("phím 1 để nghe lại");
        assertThat(transcript(answered)).containsIgnoringCase("căn cước");

        Document silence = act("/wait");
        assertThat(transcript(silence)).contains("Bạn im lặng");
        act("/hang-up");
        assertThat(outcome("0900000002")).isEqualTo("ANSWERED_BY_AI");
    }

    @Test
    void aVoiceReportIsRecordedFromTypedWordsServedAsARecording() throws Exception {
        act("/start", "callerId", "+84900000003");
        act("/keys", "key", "3");
        Document record = act("/say", "words", "số 12 phố Hàng Bài phường Cửa Nam");
        assertThat(last(record)).contains("tiếng bíp");
        assertThat(record.selectFirst("label[for=recorded]").text()).isEqualTo("Điều bạn nói sau tiếng bíp");

        Document thanks = act("/record", "words", "Ống nước vỡ trước cửa nhà số 12.");
        assertThat(transcript(thanks))
                .contains("Bạn nói sau tiếng bíp: Ống nước vỡ")
                .contains("Cảm ơn bạn");
        String url = jdbc.sql("""
                        select r.recording_url from htl_voice_report r join htl_call c on c.id = r.call_id
                        where c.caller_phone = '+84900000003'""").query(String.class).single();
        assertThat(url).matches("https://hotline\\.example\\.vn/hotline/simulator/recordings/[0-9a-f]{64}\\.wav");
        var wav = mvc.perform(get(url.substring("https://hotline.example.vn".length())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(wav.getContentType()).startsWith("audio/wav");
        assertThat(wav.getContentAsByteArray()).hasSizeGreaterThan(1000);
    }

    @Test
    void onlyOperatorsAndAdministratorsMayUseIt() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
        mvc.perform(post(PAGE + "/start").with(csrf()).param("callerId", "+84900000001"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get(PAGE).with(people.session(DemoPeople.RESIDENT))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/start")
                        .with(csrf())
                        .with(people.session(DemoPeople.RESIDENT))
                        .param("callerId", "+84900000001"))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(people.session(DemoPeople.CONSTRUCTION_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(people.session(DemoPeople.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void aCallerIdThatIsNotANumberIsExplained() throws Exception {
        var response = mvc.perform(post(PAGE + "/start")
                        .with(csrf())
                        .with(operator)
                        .session(session)
                        .param("callerId", "abc"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".error-summary a[href=#callerId]").text()).contains("chỉ gồm chữ số");
        assertThat(page.selectFirst("#callerId").attr("aria-invalid")).isEqualTo("true");
    }

    /** A form post on the page, then the page it redirects to. */
    private Document act(String action, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request =
                post(PAGE + action).with(csrf()).with(operator).session(session);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE + "#transcript"));
        String html = mvc.perform(get(PAGE).with(operator).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static String transcript(Document page) {
        return String.join(" | ", page.select("ol.transcript > li").eachText());
    }

    private static String last(Document page) {
        return page.select("ol.transcript > li").last().text();
    }

    private String outcome(String caller) {
        return jdbc.sql("select outcome from htl_call where caller_phone = :caller order by started_at desc limit 1")
                .param("caller", caller)
                .query(String.class)
                .single();
    }
}
