package org.opencity.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.TestClock;
import org.opencity.assistant.internal.faq.FaqEntries;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators keep the assistant's knowledge: the FAQ edited with each problem on its field and every change
 * audited; the review groups questions asked alike that were answered badly, and one group becomes an FAQ entry or
 * words of a procedure in two clicks.
 */
@AssistantSpringTest
class AssistantAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FaqEntries faq;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestClock clock;

    @Test
    void theFaqIsListedAndAnEntryIsSavedWithEachProblemOnItsFieldFirst() throws Exception {
        Document list = page(get("/admin/assistant/faq"));
        assertThat(list.select("table td a").eachText()).contains("FAQ-001");

        Document form = page(get("/admin/assistant/faq/new").param("q", "lam lai the bhyt o dau"));
        String code = form.selectFirst("input[name=code]").val();
        assertThat(code).matches("FAQ-\\d{3}");
        assertThat(form.selectFirst("#questions").text()).isEqualTo("lam lai the bhyt o dau");

        Document refused = Jsoup.parse(mvc.perform(save(code, "javascript:alert(1)", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#answerVi", "#links");
        assertThat(faq.find(code)).isEmpty();

        mvc.perform(save(code, "https://baohiemxahoi.gov.vn", "Thẻ bảo hiểm y tế do cơ quan Bảo hiểm xã hội cấp lại."))
                .andExpect(redirectedUrl("/admin/assistant/faq"));
        assertThat(faq.find(code).orElseThrow().links()).containsExactly("https://baohiemxahoi.gov.vn");
        assertThat(audited("ASSISTANT_FAQ_SAVED", code)).isTrue();

        int version = faq.find(code).orElseThrow().version();
        mvc.perform(post("/admin/assistant/faq/{c}/retire", code)
                        .param("version", String.valueOf(version))
                        .with(people.session(DemoPeople.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/assistant/faq"));
        assertThat(faq.find(code).orElseThrow().validTo()).isNotNull();
        assertThat(audited("ASSISTANT_FAQ_RETIRED", code)).isTrue();
    }

    @Test
    void questionsAskedAlikeAreReviewedTogetherAndAttachedToTheRightProcedure() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        UUID conversation = conversation();
        turn(conversation, 1, "lam lai bang lai xe " + word, "NOT_SURE", null, 0.1);
        turn(conversation, 2, "làm lại bằng lái xe " + word, "ANSWERED", "DOWN", 0.6);
        turn(conversation, 3, "thoi tiet ha noi hom nay", "NOT_SURE", null, 0.05);

        Document review = page(get("/admin/assistant/review"));
        var group = review.select("section").stream()
                .filter(s -> s.text().contains(word))
                .findFirst()
                .orElseThrow();
        assertThat(group.select("li").eachText())
                .containsExactly("làm lại bằng lái xe " + word, "lam lai bang lai xe " + word);
        assertThat(group.text()).doesNotContain("thoi tiet");
        assertThat(group.selectFirst("a[href*=/admin/assistant/faq/new]").attr("href"))
                .contains("q=");

        mvc.perform(post("/admin/assistant/review/alias")
                        .param("procedureCode", "1.001193")
                        .param("q", "lam lai bang lai xe " + word, "làm lại bằng lái xe " + word)
                        .with(people.session(DemoPeople.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/assistant/review"));
        assertThat(jdbc.sql(
                                "select count(*) from ast_procedure_alias where procedure_code = '1.001193' and phrase like :w")
                        .param("w", "%" + word)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(audited("ASSISTANT_ALIAS_ADDED", "1.001193")).isTrue();
    }

    @Test
    void onlyAdministratorsKeepTheAssistantsKnowledge() throws Exception {
        mvc.perform(get("/admin/assistant/review").with(people.session(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/assistant/review/alias")
                        .param("procedureCode", "1.001193")
                        .param("q", "x")
                        .with(people.session(DemoPeople.RESIDENT))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder save(String code, String links, String answer) {
        return post("/admin/assistant/faq")
                .param("code", code)
                .param("version", "0")
                .param("creating", "true")
                .param("questions", "lam lai the bhyt o dau\nthẻ bảo hiểm y tế bị mất")
                .param("answerVi", answer)
                .param("answerEn", "")
                .param("links", links)
                .param("validFrom", "2026-01-01")
                .param("validTo", "")
                .with(people.session(DemoPeople.ADMIN))
                .with(csrf());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.accept(MediaType.TEXT_HTML).with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private boolean audited(String action, String target) {
        return !audit.search(
                        people.actor(DemoPeople.ADMIN),
                        new AuditQuery(people.id(DemoPeople.ADMIN).value(), action, null, target, null, null),
                        PageQuery.of(0, 5))
                .items()
                .isEmpty();
    }

    private UUID conversation() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into ast_conversation (id, language, started_at, last_at) values (:id, 'vi', :at, :at)")
                .param("id", id)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private void turn(
            UUID conversation, int position, String question, String outcome, String feedback, double confidence) {
        jdbc.sql("""
                        insert into ast_turn (id, conversation_id, position, question, answer, source_codes, confidence,
                                              outcome, feedback, asked_at)
                        values (:id, :c, :p, :q, 'trả lời', :codes, :confidence, :outcome, :feedback, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("c", conversation)
                .param("p", position)
                .param("q", question)
                .param("codes", new String[] {"1.001193"})
                .param("confidence", confidence)
                .param("outcome", outcome)
                .param("feedback", feedback)
                .param("at", Timestamp.from(clock.instant().minusSeconds(60L * (10 - position))))
                .update();
    }
}
