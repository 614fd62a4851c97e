package org.opencity.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The pages without JavaScript: the list, a poll's ballot as a plain form, the receipt after voting, a refusal shown
 * on the ballot with what was chosen kept, the results table, the receipt check, and the officers' pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PollPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPolls fixtures;

    @Autowired
    DemoPeople people;

    @Autowired
    Polls polls;

    @Test
    void aVerifiedResidentVotesWithAPlainFormAndKeepsTheReceipt() throws Exception {
        Poll poll = fixtures.open();
        Actor voter = fixtures.verified();
        mvc.perform(get("/polls"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(poll.titleVi())));
        mvc.perform(get("/polls/" + poll.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/login")))
                .andExpect(content().string(not(containsString("name=\"c.a\""))));
        mvc.perform(get("/polls/" + poll.id()).with(people.session(voter.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"c.a\"")))
                .andExpect(content().string(containsString("<legend>Tiêu chí A</legend>")));
        mvc.perform(post("/polls/" + poll.id() + "/vote")
                        .with(people.session(voter.id()))
                        .with(csrf())
                        .param("c.a", "nobody"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("không thuộc cuộc bình chọn này")));
        MvcResult voted = mvc.perform(post("/polls/" + poll.id() + "/vote")
                        .with(people.session(voter.id()))
                        .with(csrf())
                        .param("c.a", "x")
                        .param("c.b", "z"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/polls/" + poll.id() + "/voted"))
                .andExpect(flash().attributeExists("receipt"))
                .andReturn();
        VoteReceipt receipt = (VoteReceipt) voted.getFlashMap().get("receipt");
        mvc.perform(get("/polls/" + poll.id() + "/voted").flashAttr("receipt", receipt))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt.receipt())))
                .andExpect(content().string(containsString("Tiêu chí B")));
        mvc.perform(get("/polls/" + poll.id() + "/voted")).andExpect(redirectedUrl("/polls/" + poll.id()));
        mvc.perform(post("/polls/" + poll.id() + "/check").with(csrf()).param("receipt", receipt.receipt()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiếu có trong kết quả")));
        mvc.perform(post("/polls/" + poll.id() + "/check").with(csrf()).param("receipt", "hello"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/polls/" + poll.id() + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-candidate=\"x\"")))
                .andExpect(content().string(containsString("data-results-stream")));
        // Votes are final here: the criteria voted on are not offered again.
        mvc.perform(get("/polls/" + poll.id()).with(people.session(voter.id())))
                .andExpect(content().string(not(containsString("name=\"c.a\""))));
    }

    @Test
    void rankedAndMultipleBallotsAndSurveysRenderAsForms() throws Exception {
        Poll ranked = fixtures.create(
                fixtures.base().ballot(BallotKind.RANKED).maxChoices(2).build());
        Poll multiple = fixtures.create(
                fixtures.base().ballot(BallotKind.MULTIPLE).maxChoices(2).build());
        Actor voter = fixtures.verified();
        mvc.perform(get("/polls/" + ranked.id()).with(people.session(voter.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"c.a-2\"")));
        mvc.perform(post("/polls/" + ranked.id() + "/vote")
                        .with(people.session(voter.id()))
                        .with(csrf())
                        .param("c.a", "y", "x"))
                .andExpect(redirectedUrlPattern("/polls/*/voted"));
        mvc.perform(get("/polls/" + multiple.id()).with(people.session(voter.id())))
                .andExpect(content().string(containsString("type=\"checkbox\"")));
        Poll survey = polls.create(
                people.actor(DemoPeople.HOAN_KIEM_OFFICER),
                fixtures.base()
                        .kind(PollKind.SURVEY)
                        .audience(Audience.WARD_RESIDENTS)
                        .wardCode("00070")
                        .minIdentityLevel(1)
                        .criteria(List.of())
                        .candidates(List.of())
                        .questions(List.of(
                                new Question(
                                        "score",
                                        QuestionKind.SCALE,
                                        "Điểm dịch vụ?",
                                        "Score?",
                                        List.of(),
                                        List.of(),
                                        true),
                                new Question("say", QuestionKind.TEXT, "Góp ý?", "Say?", List.of(), List.of(), false)))
                        .build());
        mvc.perform(get("/polls/" + survey.id()).with(people.session(voter.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q.score\"")));
        mvc.perform(post("/polls/" + survey.id() + "/respond")
                        .with(people.session(voter.id()))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/polls/" + survey.id() + "/respond")
                        .with(people.session(voter.id()))
                        .with(csrf())
                        .param("q.score", "5")
                        .param("q.say", "Rất tốt, gọi 0987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã ghi nhận câu trả lời")));
        mvc.perform(get("/polls/" + survey.id() + "/results")).andExpect(status().isOk());
        mvc.perform(get("/officer/polls/" + survey.id()).with(people.session(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rất tốt, gọi •••")));
        mvc.perform(get("/officer/polls/" + survey.id()).with(people.session(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void officersCreateAPollWithThePlainFormAndPublishItsResultAfterTheClose() throws Exception {
        mvc.perform(get("/officer/polls").with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/officer/polls/new").with(people.session(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoàn Kiếm")));
        mvc.perform(post("/officer/polls")
                        .with(people.session(DemoPeople.HOAN_KIEM_OFFICER))
                        .with(csrf())
                        .param("kind", "POLL")
                        .param("titleVi", "Chọn tên vườn hoa")
                        .param("opensAt", "2026-01-01T08:00")
                        .param("closesAt", "2026-01-01T07:00")
                        .param("audience", "WARD_RESIDENTS")
                        .param("wardCode", "00070")
                        .param("ballot", "SINGLE")
                        .param("criteria", "ten | Tên")
                        .param("candidates", "a | Vườn A\nb | Vườn B"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Thời điểm kết thúc phải sau")));
        MvcResult created = mvc.perform(post("/officer/polls")
                        .with(people.session(DemoPeople.HOAN_KIEM_OFFICER))
                        .with(csrf())
                        .param("kind", "POLL")
                        .param("titleVi", "Chọn tên vườn hoa")
                        .param("opensAt", "2026-01-01T08:00")
                        .param("closesAt", "2030-01-01T08:00")
                        .param("audience", "WARD_RESIDENTS")
                        .param("wardCode", "00070")
                        .param("ballot", "SINGLE")
                        .param("minIdentityLevel", "1")
                        .param("criteria", "ten | Tên | Name")
                        .param("candidates", "a | Vườn A\nb | Vườn B"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String desk = created.getResponse().getRedirectedUrl();
        mvc.perform(get(desk).with(people.session(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn tên vườn hoa")))
                .andExpect(content().string(not(containsString("/publish"))));
        java.util.UUID id = java.util.UUID.fromString(desk.substring(desk.lastIndexOf('/') + 1));
        fixtures.close(id);
        mvc.perform(get(desk).with(people.session(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(content().string(containsString("/publish")));
        mvc.perform(post(desk + "/publish")
                        .with(people.session(DemoPeople.HOAN_KIEM_OFFICER))
                        .with(csrf()))
                .andExpect(redirectedUrl(desk));
        assertThat(polls.get(id).publishedAt()).isNotNull();
        mvc.perform(post(desk + "/publish")
                        .with(people.session(DemoPeople.HOAN_KIEM_OFFICER))
                        .with(csrf()))
                .andExpect(flash().attributeExists("problem"));
        mvc.perform(get("/polls/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết quả chính thức")));
    }
}
