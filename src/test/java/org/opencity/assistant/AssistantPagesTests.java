package org.opencity.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The chat page as a browser without JavaScript uses it (forms, redirects) and as htmx uses it (the new turn alone),
 * the "talk to a person" page, and the officers' list of hand-over requests; no code or key shows on any of them.
 */
@AssistantSpringTest
class AssistantPagesTests {

    private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z]+(?:\\.[a-z-]+){2,}\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuestionPostedWithoutJavaScriptRedirectsToTheConversationLandingOnTheAnswer() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        MvcResult asked = mvc.perform(
                        post("/assistant").with(csrf()).with(me).param("question", "lam lai can cuoc mat bao lau"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = asked.getResponse().getRedirectedUrl();
        assertThat(location).matches("/assistant\\?c=[0-9a-f-]{36}#answer-[0-9a-f-]{36}");

        Document page = page(get(location.substring(0, location.indexOf('#'))).with(me));
        Element turn = page.selectFirst("#turns > li.turn");
        assertThat(turn).isNotNull();
        assertThat(turn.selectFirst(".turn__question").text()).isEqualTo("lam lai can cuoc mat bao lau");
        assertThat(turn.selectFirst("#" + location.substring(location.indexOf('#') + 1)))
                .as("the heading the redirect lands on")
                .isNotNull();
        assertThat(turn.select(".sources a").eachAttr("href")).startsWith("/procedures/" + FixedKnowledge.NEW_ID_CARD);
        assertThat(turn.select("form[action$=/feedback] input[name=vote]").eachAttr("value"))
                .containsExactly("UP", "DOWN");
        assertThat(turn.select("form[action=/assistant/handover] input[name=c]").attr("value"))
                .isEqualTo(location.substring(location.indexOf("c=") + 2, location.indexOf('#')));
        assertThat(page.selectFirst("#conversation-id").attr("value"))
                .isEqualTo(location.substring(location.indexOf("c=") + 2, location.indexOf('#')));

        // The follow-up through the same form continues the conversation.
        String conversation = page.selectFirst("#conversation-id").attr("value");
        mvc.perform(post("/assistant")
                        .with(csrf())
                        .with(me)
                        .param("question", "con le phi thi sao")
                        .param("conversationId", conversation))
                .andExpect(status().is3xxRedirection());
        Document after = page(get("/assistant").param("c", conversation).with(me));
        assertThat(after.select("#turns > li.turn")).hasSize(2);
        assertThat(after.select("#turns > li.turn h2").eachText()).containsExactly("Câu hỏi 1", "Câu hỏi 2");
    }

    @Test
    void htmxGetsTheNewTurnAloneWithTheConversationsIdOutOfBand() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        MvcResult live = mvc.perform(post("/assistant")
                        .with(csrf())
                        .with(me)
                        .header("HX-Request", "true")
                        .param("question", "dang ky khai sinh"))
                .andExpect(status().isOk())
                .andReturn();
        Document fragment = Jsoup.parseBodyFragment(live.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(live.getResponse().getHeader("HX-Replace-Url"))
                .isEqualTo("/assistant?c="
                        + fragment.selectFirst("input#conversation-id").attr("value"));
        assertThat(fragment.select("li.turn")).hasSize(1);
        assertThat(fragment.selectFirst("input#conversation-id[hx-swap-oob]").attr("value"))
                .hasSize(36);
        assertThat(fragment.selectFirst("#ask-status[hx-swap-oob]").text()).isEqualTo("Trợ lý đã trả lời câu hỏi 1.");
        assertThat(fragment.select("header, footer, h1")).isEmpty();

        MvcResult refused = mvc.perform(post("/assistant")
                        .with(csrf())
                        .with(me)
                        .header("HX-Request", "true")
                        .param("question", " "))
                .andExpect(status().isOk())
                .andReturn();
        Document error = Jsoup.parseBodyFragment(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(error.select("li.turn")).isEmpty();
        assertThat(error.selectFirst("#ask-errors[hx-swap-oob] [role=alert]").text())
                .isEqualTo("Hãy nhập câu hỏi.");
    }

    @Test
    void anEmptyOrOverlongQuestionComesBackWithTheErrorSummaryAndTheFieldMarked() throws Exception {
        MvcResult empty = mvc.perform(post("/assistant")
                        .with(csrf())
                        .with(Asking.newVisitor())
                        .param("question", ""))
                .andExpect(status().isBadRequest())
                .andReturn();
        Document page = Jsoup.parse(empty.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst(".error-summary a[href=#question]").text()).isEqualTo("Hãy nhập câu hỏi.");
        assertThat(page.selectFirst("textarea#question").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("textarea#question").attr("aria-describedby"))
                .contains("question-error");

        String tooLong = "lệ phí ".repeat(2000);
        MvcResult overlong = mvc.perform(post("/assistant")
                        .with(csrf())
                        .with(Asking.newVisitor())
                        .param("question", tooLong))
                .andExpect(status().isBadRequest())
                .andReturn();
        Document kept = Jsoup.parse(overlong.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(kept.selectFirst("#question-error").text()).contains("2.000");
        assertThat(kept.selectFirst("textarea#question").text()).isEqualTo(tooLong.strip());
    }

    @Test
    void htmlInAQuestionIsShownAsTextNeverInterpreted() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        String location = mvc.perform(post("/assistant")
                        .with(csrf())
                        .with(me)
                        .param("question", "<img src=x onerror=alert(1)><b>le phi</b>"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String html = mvc.perform(
                        get(location.substring(0, location.indexOf('#'))).with(me))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;le phi&lt;/b&gt;")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>le phi</b>");
    }

    @Test
    void thumbsAndTheHandOverAreFormsThatComeBackToTheConversation() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        String location = mvc.perform(post("/assistant")
                        .with(csrf())
                        .with(me)
                        .param("question", "thời tiết Hà Nội hôm nay thế nào, gọi tôi 0912 000 111"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String conversation = location.substring(location.indexOf("c=") + 2, location.indexOf('#'));
        String answer = location.substring(location.indexOf("#answer-") + 8);

        mvc.perform(post("/assistant/answers/{id}/feedback", answer)
                        .with(csrf())
                        .with(me)
                        .param("vote", "DOWN"))
                .andExpect(status().is3xxRedirection());
        Document rated = page(get("/assistant").param("c", conversation).with(me));
        assertThat(rated.selectFirst(".turn__feedback-said").text()).isEqualTo("Bạn đã đánh giá: chưa hữu ích.");

        Document form = page(get("/assistant/handover").param("c", conversation).with(me));
        assertThat(form.selectFirst("label[for=contact]")).isNotNull();
        mvc.perform(post("/assistant/handover")
                        .with(csrf())
                        .with(me)
                        .param("conversationId", conversation)
                        .param("contact", "an@example.vn"))
                .andExpect(status().is3xxRedirection());
        Document handedOver = page(get("/assistant").param("c", conversation).with(me));
        assertThat(handedOver.select(".banner").text()).contains("Bạn đã yêu cầu gặp cán bộ");

        // Officers see it, with the contact and the masked question, and take it.
        RequestPostProcessor officer = people.session(DemoPeople.HOAN_KIEM_CLERK);
        Document desk = page(get("/officer/assistant/handovers").with(officer));
        Element request = desk.select("li.handover").stream()
                .filter(li -> li.text().contains("an@example.vn"))
                .findFirst()
                .orElseThrow();
        assertThat(request.text())
                .contains("gọi tôi ***")
                .doesNotContain("0912 000 111")
                .contains("Đang chờ");
        String take = request.selectFirst("form[action$=/take]").attr("action");
        mvc.perform(post(take).with(csrf()).with(officer)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from ast_handover where conversation_id = cast(:id as uuid)")
                        .param("id", conversation)
                        .query(String.class)
                        .single())
                .isEqualTo("TAKEN");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ASSISTANT_HANDOVER_TAKEN'"
                                + " and details ->> 'conversation' = :id")
                        .param("id", conversation)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theOfficersListIsForOfficersOnly() throws Exception {
        mvc.perform(get("/officer/assistant/handovers")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/officer/assistant/handovers").with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/officer/assistant/handovers").with(people.session(DemoPeople.CONSTRUCTION_OFFICER)))
                .andExpect(status().isOk());
    }

    @Test
    void everyPageLinksToTheAssistantAndTheHomePageHasItsCard() throws Exception {
        Document home = page(get("/"));
        assertThat(home.select(".main-nav a[href=/assistant]").eachText()).containsExactly("Hỏi trợ lý");
        assertThat(home.select(".cards a[href=/assistant]")).hasSize(1);
        Document chat = page(get("/assistant"));
        assertThat(chat.selectFirst(".main-nav a[href=/assistant]").attr("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void noAssistantPageShowsACodeInsteadOfWords() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        String conversation = null;
        for (String question : List.of(
                "lam lai can cuoc mat bao lau",
                "thoi tiet ha noi hom nay the nao",
                "phuong cu Dich Vong Hau gio thuoc dau",
                "bao cao o ga truoc nha")) {
            MvcResult asked = mvc.perform(post("/assistant")
                            .with(csrf())
                            .with(me)
                            .param("question", question)
                            .param("conversationId", conversation == null ? "" : conversation))
                    .andReturn();
            String location = asked.getResponse().getRedirectedUrl();
            conversation = location.substring(location.indexOf("c=") + 2, location.indexOf('#'));
        }
        mvc.perform(post("/assistant/handover")
                .with(csrf())
                .with(me)
                .param("conversationId", conversation)
                .param("contact", "0912 000 222"));
        List<String> found = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            check(found, "/assistant?c=" + conversation, language, me);
            check(found, "/assistant/handover?c=" + conversation, language, me);
            check(found, "/officer/assistant/handovers", language, people.session(DemoPeople.OPERATOR));
        }
        assertThat(found).isEmpty();
    }

    private void check(List<String> found, String path, String language, RequestPostProcessor who) throws Exception {
        String html = mvc.perform(get(path)
                        .param("lang", language)
                        .accept(MediaType.TEXT_HTML)
                        .with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String text = html.replaceAll("(?is)<(script|style|code)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        for (Pattern pattern : List.of(ENUM, MESSAGE_KEY)) {
            Matcher code = pattern.matcher(text);
            while (code.find()) {
                found.add(path + " (" + language + "): " + code.group());
            }
        }
        if (text.contains("??")) {
            found.add(path + " (" + language + "): unresolved message");
        }
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult result = mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
