package org.opencity.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The votes API as clients see it (the names other clients depend on): a vote answered with its receipt, refusals as
 * problem+json in the caller's language with nothing written, receipts and the bulletin, the export that reproduces
 * the announced count, surveys with masked free text for the officers who run them, and who may do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PollApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPolls fixtures;

    @Autowired
    DemoPeople people;

    @Autowired
    Results results;

    @Autowired
    Polls polls;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVoteIsAnsweredWithItsReceiptAndASecondOneIsRefusedInTheCallersLanguage() throws Exception {
        Poll poll = fixtures.open();
        Actor voter = fixtures.verified();
        mvc.perform(get("/api/v1/polls/" + poll.id()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.criteria[0].name").value("Criterion A"))
                .andExpect(jsonPath("$.candidates.length()").value(3));
        String body =
                "{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"x\"},{\"criterion\":\"b\",\"candidate\":\"y\"}]}";
        mvc.perform(post("/api/v1/polls/" + poll.id() + "/votes")
                        .with(people.bearer(voter.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receipt").value(org.hamcrest.Matchers.matchesPattern("BV(-[0-9A-Z]{5}){4}")))
                .andExpect(jsonPath("$.criteria.length()").value(2))
                .andExpect(jsonPath("$.replaced").value(false));
        mvc.perform(post("/api/v1/polls/" + poll.id() + "/votes")
                        .with(people.bearer(voter.id()))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("already voted on “Criterion A”")));
        mvc.perform(post("/api/v1/polls/" + poll.id() + "/votes")
                        .with(people.bearer(voter.id()))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Bạn đã bình chọn cho tiêu chí “Tiêu chí A”")));
        assertThat(votes(poll)).isEqualTo(2);
    }

    @Test
    void malformedVotesAre4xxProblemsAndWriteNothing() throws Exception {
        Poll poll = fixtures.open();
        Actor voter = fixtures.verified();
        String url = "/api/v1/polls/" + poll.id() + "/votes";
        for (String bad : List.of(
                "{\"choices\":[{\"criterion\":\"a\",\"ranking\":[\"x\"]}]}",
                "{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"x\",\"candidates\":[\"y\"]}]}",
                "{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"nobody\"}]}",
                "{\"choices\":[]}",
                "{\"choices\":[null]}",
                "{\"choices\":\"x\"}",
                "{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"x\"}",
                "{}")) {
            mvc.perform(post(url)
                            .with(people.bearer(voter.id()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(post(url)
                        .with(people.bearer(voter.id()))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("a=x"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"x\"}]}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/polls/00000000-0000-0000-0000-000000000000/votes")
                        .with(people.bearer(voter.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"x\"}]}"))
                .andExpect(status().isNotFound());
        assertThat(votes(poll)).isZero();
    }

    @Test
    void thePublishedExportReproducesTheAnnouncedCount() throws Exception {
        Poll poll = fixtures.open();
        String[][] ballots = {{"x", "y"}, {"x", "x"}, {"z", "y"}, {"x", "z"}, {"y", "y"}};
        for (String[] ballot : ballots) {
            mvc.perform(post("/api/v1/polls/" + poll.id() + "/votes")
                            .with(people.bearer(fixtures.verified().id()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"" + ballot[0]
                                    + "\"},{\"criterion\":\"b\",\"candidate\":\"" + ballot[1] + "\"}]}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/polls/" + poll.id() + "/export")).andExpect(status().isConflict());
        fixtures.close(poll.id());
        MvcResult export = mvc.perform(get("/api/v1/polls/" + poll.id() + "/export"))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(export))
                .andExpect(status().isOk());
        String csv = export.getResponse().getContentAsString();
        Map<String, Map<String, Long>> recount = new HashMap<>();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("fingerprint,criterion,rank,candidate");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(f[0]).matches("[0-9a-f]{64}");
            recount.computeIfAbsent(f[1], c -> new HashMap<>()).merge(f[3], 1L, Long::sum);
        }
        assertThat(recount)
                .isEqualTo(Map.of("a", Map.of("x", 3L, "y", 1L, "z", 1L), "b", Map.of("y", 3L, "x", 1L, "z", 1L)));
        mvc.perform(get("/api/v1/polls/" + poll.id() + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.criteria[0].criterion").value("a"))
                .andExpect(jsonPath("$.criteria[0].candidates[0].candidate").value("x"))
                .andExpect(jsonPath("$.criteria[0].candidates[0].votes").value(3))
                .andExpect(jsonPath("$.criteria[0].winner").value("x"));
        MvcResult bulletin = mvc.perform(get("/api/v1/polls/" + poll.id() + "/bulletin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fingerprints.length()").value(5))
                .andReturn();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(bulletin.getResponse().getContentAsString()).contains(line.split(",")[0]);
        }
        mvc.perform(get("/api/v1/polls/" + poll.id() + "/results.csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a,x,3,0.600000")));
    }

    @Test
    void resultsOfAVoteWithoutLiveResultsWaitForTheCloseExceptForWhoRunsIt() throws Exception {
        Poll poll = fixtures.create(fixtures.base().liveResults(false).build());
        mvc.perform(get("/api/v1/polls/" + poll.id() + "/results")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/polls/" + poll.id() + "/results").with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(status().isOk());
    }

    @Test
    void onlyAdministratorsAndTheWardsOwnOfficersCreatePolls() throws Exception {
        String draft = """
                {"kind":"POLL","titleVi":"Đặt tên vườn hoa","ballot":"SINGLE","maxChoices":1,
                 "opensAt":"2026-01-01T00:00:00Z","closesAt":"2030-01-01T00:00:00Z","audience":"WARD_RESIDENTS",
                 "wardCode":"%s","minIdentityLevel":1,"changeable":true,"liveResults":true,
                 "criteria":[{"code":"ten","nameVi":"Tên"}],
                 "candidates":[{"code":"a","nameVi":"Vườn hoa Lý Thái Tổ"},{"code":"b","nameVi":"Vườn hoa Hồ Gươm"}]}""";
        mvc.perform(post("/api/v1/polls")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.formatted("00070")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/polls/")))
                .andExpect(jsonPath("$.title").value("Đặt tên vườn hoa"));
        mvc.perform(post("/api/v1/polls")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.formatted("00166")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/polls")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.formatted("00070")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/polls")
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.formatted("00070").replace("\"code\":\"b\"", "\"code\":\"a\"")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aSurveyIsAnsweredOnceAndItsFreeTextReachesOnlyItsOfficersMasked() throws Exception {
        Poll survey = polls.create(
                people.actor(DemoPeople.HOAN_KIEM_OFFICER),
                fixtures.base()
                        .kind(PollKind.SURVEY)
                        .liveResults(false)
                        .audience(Audience.WARD_RESIDENTS)
                        .wardCode("00070")
                        .minIdentityLevel(1)
                        .criteria(List.of())
                        .candidates(List.of())
                        .questions(List.of(
                                new Question(
                                        "score", QuestionKind.SCALE, "Điểm?", "Score?", List.of(), List.of(), true),
                                new Question(
                                        "wait",
                                        QuestionKind.CHOICE,
                                        "Chờ?",
                                        "Wait?",
                                        List.of("Ít", "Nhiều"),
                                        List.of("Short", "Long"),
                                        true),
                                new Question("say", QuestionKind.TEXT, "Góp ý?", "Say?", List.of(), List.of(), false)))
                        .build());
        Actor resident = fixtures.voter(1, "00070");
        String url = "/api/v1/polls/" + survey.id() + "/responses";
        mvc.perform(
                        post(url)
                                .with(people.bearer(resident.id()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"answers\":[{\"question\":\"score\",\"scale\":6},{\"question\":\"wait\",\"choice\":0}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url)
                        .with(people.bearer(resident.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[{\"question\":\"score\",\"scale\":4}]}"))
                .andExpect(status().isBadRequest());
        String answers = "{\"answers\":[{\"question\":\"score\",\"scale\":4},{\"question\":\"wait\",\"choice\":1},"
                + "{\"question\":\"say\",\"text\":\"Gọi tôi 0912 345 678 hoặc a.b@example.com, CCCD 001099012345\"}]}";
        mvc.perform(post(url)
                        .with(people.bearer(resident.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answers))
                .andExpect(status().isCreated());
        mvc.perform(post(url)
                        .with(people.bearer(resident.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answers))
                .andExpect(status().isConflict());
        mvc.perform(post(url)
                        .with(people.bearer(fixtures.voter(1, "00166").id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(answers))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/polls/" + survey.id() + "/summary")).andExpect(status().isConflict());
        fixtures.close(survey.id());
        mvc.perform(get("/api/v1/polls/" + survey.id() + "/summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.respondents").value(1))
                .andExpect(jsonPath("$.questions[0].mean").value(4.0))
                .andExpect(jsonPath("$.questions[1].counts[1]").value(1))
                .andExpect(jsonPath("$.questions[2].answered").value(1));
        MvcResult texts = mvc.perform(get("/api/v1/polls/" + survey.id() + "/text-answers")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value(containsString("•••")))
                .andReturn();
        assertThat(texts.getResponse().getContentAsString())
                .doesNotContain("0912", "345 678", "example.com", "001099012345")
                .doesNotContain(resident.id().toString());
        mvc.perform(get("/api/v1/polls/" + survey.id() + "/text-answers")
                        .with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_id = :id")
                        .param("id", people.id(DemoPeople.CAU_GIAY_OFFICER).value())
                        .query(Long.class)
                        .single())
                .isPositive();
        mvc.perform(get("/api/v1/polls/" + survey.id() + "/answers.csv")
                        .with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isForbidden());
        MvcResult csv = mvc.perform(get("/api/v1/polls/" + survey.id() + "/answers.csv")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv))
                .andExpect(status().isOk());
        assertThat(csv.getResponse().getContentAsString())
                .startsWith("response,submitted_at,question,option,scale,text")
                .contains(",wait,Nhiều,,")
                .contains("Gọi tôi •••")
                .doesNotContain("0912", "example.com", resident.id().toString());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SURVEY_ANSWERS_READ' and target_id = :id")
                        .param("id", survey.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void tooManyAttemptsFromOnePersonAre429WithRetryAfter() throws Exception {
        Poll poll = fixtures.open();
        Actor voter = fixtures.verified();
        int last = 0;
        for (int i = 0; i < 25 && last != 429; i++) {
            last = mvc.perform(post("/api/v1/polls/" + poll.id() + "/votes")
                            .with(people.bearer(voter.id()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"x\"}]}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        assertThat(last).isEqualTo(429);
        mvc.perform(post("/api/v1/polls/" + poll.id() + "/votes")
                        .with(people.bearer(voter.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\":[{\"criterion\":\"a\",\"candidate\":\"x\"}]}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(votes(poll)).isEqualTo(1);
    }

    private long votes(Poll poll) {
        return jdbc.sql("select count(*) from eng_vote where poll_id = :p")
                .param("p", poll.id())
                .query(Long.class)
                .single();
    }
}
