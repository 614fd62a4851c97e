package org.opencity.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.TestClock;
import org.opencity.assistant.internal.conversation.ConversationPurge;
import org.opencity.dossier.TestDossiers;
import org.opencity.identity.Account;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant through its API and the real database, with retrieval fixed ({@link FixedKnowledge}): answers state
 * the records' facts (the asked one first) and cite them in order; below the threshold it is not sure; follow-ups
 * stay on the procedure discussed; live actions (a dossier's status with its throttle, a ward by its former name,
 * the resident's own dossiers); masking in the stored log, retention, feedback, the hand-over, bad input and the
 * rate limit.
 */
@AssistantSpringTest
class AssistantApiTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    MessageSource messages;

    @Autowired
    DemoPeople people;

    @Autowired
    TestDossiers dossiers;

    @Autowired
    TestClock clock;

    @Autowired
    ConversationPurge purge;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    // ---------------------------------------------------------------- grounded answers

    @Test
    void theAnswerStatesTheTopProceduresFactsFromItsRecordWithTheAskedFactFirstAndCitesTheRecordsInOrder()
            throws Exception {
        JsonNode answer = ask("lam lai can cuoc mat bao lau", null, Asking.newVisitor());
        Procedure card = catalogue.get(FixedKnowledge.NEW_ID_CARD);

        assertThat(answer.get("outcome").asString()).isEqualTo("ANSWERED");
        assertThat(answer.get("language").asString()).isEqualTo("vi");
        assertThat(answer.get("confidence").asDouble()).isEqualTo(0.82);
        assertThat(codes(answer)).containsExactly(FixedKnowledge.NEW_ID_CARD, "1.014063");
        assertThat(answer.at("/sources/0/url").asString()).isEqualTo("/procedures/" + FixedKnowledge.NEW_ID_CARD);
        assertThat(answer.at("/sources/0/name").asString()).isEqualTo(card.nameVi());
        assertThat(answer.at("/sources/0/score").asDouble())
                .isGreaterThan(answer.at("/sources/1/score").asDouble());

        List<String> lines = lines(answer);
        assertThat(lines.get(0)).contains(card.nameVi(), card.code());
        assertThat(lines.get(1)).as("the asked fact first").isEqualTo(timeLine(card, VI));
        assertThat(lines).contains(feeLine(card, VI));
        if (card.onlineCapable()) {
            assertThat(actions(answer)).contains("START_DOSSIER");
            assertThat(answer.toString()).contains("/dossiers/new?procedure=" + card.code());
        }
    }

    @Test
    void aFeeAnswerIsTheRecordsFeeAndAskingForPapersPutsThePapersFirst() throws Exception {
        Procedure marriage = catalogue.get(FixedKnowledge.MARRIAGE);
        assertThat(lines(ask("lệ phí đăng ký kết hôn", null, Asking.newVisitor()))
                        .get(1))
                .isEqualTo(feeLine(marriage, VI));

        Procedure residence = catalogue.get(FixedKnowledge.PERMANENT_RESIDENCE);
        assertThat(residence.feeVnd()).as("the record has a plain fee").isNotNull();
        List<String> residenceLines = lines(ask("dang ky thuong tru mat bao nhieu tien", null, Asking.newVisitor()));
        assertThat(residenceLines.get(1))
                .isEqualTo(feeLine(residence, VI))
                .contains(String.format(VI, "%,d", residence.feeVnd()).replace(',', '.'));

        Procedure birth = catalogue.get(FixedKnowledge.BIRTH);
        List<String> birthLines = lines(ask("đăng ký khai sinh cần giấy tờ gì", null, Asking.newVisitor()));
        assertThat(birthLines.get(1)).isEqualTo(text("assistant.fact.documents", VI));
        assertThat(birthLines.get(2)).contains(birth.documents().get(0).name());
    }

    @Test
    void belowTheThresholdItSaysItIsNotSureAndOffersTheClosestThreeAndAPerson() throws Exception {
        JsonNode answer = ask("Thời tiết Hà Nội hôm nay thế nào?", null, Asking.newVisitor());

        assertThat(answer.get("outcome").asString()).isEqualTo("NOT_SURE");
        assertThat(lines(answer).get(0)).isEqualTo(text("assistant.answer.not-sure", VI));
        assertThat(codes(answer))
                .containsExactly(FixedKnowledge.BIRTH, FixedKnowledge.MARRIAGE, FixedKnowledge.PERMANENT_RESIDENCE);
        assertThat(actions(answer)).contains("TALK_TO_PERSON");
        String conversation = answer.get("conversationId").asString();
        assertThat(answer.toString()).contains("/api/v1/assistant/conversations/" + conversation + "/handover");
        assertThat(answer.get("answer").asString())
                .as("no fact of any record is stated")
                .doesNotContain(text("assistant.fact.documents", VI))
                .doesNotContain("đồng");

        JsonNode nothing = ask("ai thắng trận bóng đá tối qua", null, Asking.newVisitor());
        assertThat(nothing.get("outcome").asString()).isEqualTo("NOT_SURE");
        assertThat(nothing.get("answer").asString()).isEqualTo(text("assistant.answer.nothing", VI));
        assertThat(nothing.get("sources")).isEmpty();
        assertThat(actions(nothing)).containsExactly("TALK_TO_PERSON");
    }

    @Test
    void anFaqHitIsAnsweredWithTheEntrysOwnTextAndLinksAndReportWordsOfferAReport() throws Exception {
        JsonNode answer = ask("báo cáo ổ gà trước nhà", null, Asking.newVisitor());

        assertThat(codes(answer)).containsExactly(FixedKnowledge.REPORT_FAQ);
        assertThat(answer.get("answer").asString())
                .startsWith("Để phản ánh sự cố, chọn \"Phản ánh\" tại /reports/new")
                .contains("/me/reports");
        assertThat(answer.at("/sources/0/url").asString()).isEqualTo("/reports/new");
        assertThat(actions(answer)).contains("START_REPORT");
    }

    @Test
    void englishQuestionsAndEnglishPagesGetEnglishAnswers() throws Exception {
        Procedure birth = catalogue.get(FixedKnowledge.BIRTH);
        JsonNode english = ask("How long does it take to register a birth?", null, Asking.newVisitor());
        assertThat(english.get("language").asString()).isEqualTo("en");
        assertThat(lines(english).get(1)).isEqualTo(timeLine(birth, Locale.ENGLISH));

        MvcResult onAnEnglishPage = mvc.perform(json(post("/api/v1/assistant/ask"), "dang ky khai sinh", null)
                        .header("Accept-Language", "en")
                        .with(Asking.newVisitor()))
                .andExpect(status().isOk())
                .andReturn();
        JsonNode answer = json.readTree(onAnEnglishPage.getResponse().getContentAsString());
        assertThat(answer.get("language").asString()).isEqualTo("en");
        assertThat(answer.get("answer").asString()).contains(text("assistant.answer.more", Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- follow-ups

    @Test
    void followUpsReferToTheProcedureAlreadyDiscussed() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        Procedure birth = catalogue.get(FixedKnowledge.BIRTH);
        JsonNode first = ask("dang ky khai sinh", null, me);
        String conversation = first.get("conversationId").asString();

        FixedKnowledge.ASKED.clear();
        JsonNode fee = ask("còn lệ phí thì sao?", conversation, me);
        assertThat(fee.get("conversationId").asString()).isEqualTo(conversation);
        assertThat(codes(fee)).containsExactly(FixedKnowledge.BIRTH);
        assertThat(lines(fee)).containsExactly(lines(first).get(0), feeLine(birth, VI));
        assertThat(FixedKnowledge.ASKED).as("a bare follow-up needs no search").isEmpty();

        JsonNode online = ask("lam online duoc khong", conversation, me);
        assertThat(lines(online).get(1)).isEqualTo(onlineLine(birth, VI));
        assertThat(lines(online)).hasSizeLessThanOrEqualTo(3);

        JsonNode where = ask("thế ở phường Cầu Giấy thì nộp ở đâu?", conversation, me);
        assertThat(codes(where)).containsExactly(FixedKnowledge.BIRTH);
        assertThat(lines(where).get(1)).contains(birth.implementingUnit());
        if (birth.level() == ProcedureLevel.WARD) {
            assertThat(where.get("answer").asString()).contains("Trung tâm Phục vụ hành chính công Phường Cầu Giấy");
        }

        // A question with low confidence of its own that names a fact stays on the topic too.
        JsonNode vague = ask("phí ở đây là bao nhiêu", conversation, me);
        assertThat(codes(vague)).containsExactly(FixedKnowledge.BIRTH);
        assertThat(lines(vague).get(1)).isEqualTo(feeLine(birth, VI));

        // A confident question changes the topic, and the next follow-up follows it.
        Procedure marriage = catalogue.get(FixedKnowledge.MARRIAGE);
        assertThat(codes(ask("le phi dang ky ket hon", conversation, me))).startsWith(FixedKnowledge.MARRIAGE);
        assertThat(lines(ask("con thoi gian thi sao", conversation, me)).get(1)).isEqualTo(timeLine(marriage, VI));

        assertThat(jdbc.sql("select count(*) from ast_turn where conversation_id = cast(:id as uuid)")
                        .param("id", conversation)
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
    }

    @Test
    void aConversationOfASignedInResidentIsTheirsAlone() throws Exception {
        RequestPostProcessor resident = people.bearer(DemoPeople.RESIDENT);
        String conversation =
                ask("dang ky khai sinh", null, resident).get("conversationId").asString();

        mvc.perform(json(post("/api/v1/assistant/ask"), "con le phi thi sao", conversation)
                        .with(Asking.newVisitor()))
                .andExpect(status().isNotFound())
                .andExpect(header().string(
                                "Content-Type",
                                org.hamcrest.Matchers.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
        mvc.perform(json(post("/api/v1/assistant/ask"), "con le phi thi sao", conversation)
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNotFound());
        assertThat(ask("con le phi thi sao", conversation, resident)
                        .get("outcome")
                        .asString())
                .isEqualTo("ANSWERED");
    }

    // ---------------------------------------------------------------- actions

    @Test
    void aDossiersStatusByReceiptCodeAndPhoneDigitsTellsWhatThePublicLookUpTellsAndMasksTheDigits() throws Exception {
        Account applicant = dossiers.verifiedResident();
        String code = dossiers.submitted(applicant);
        String digits = applicant.phone().substring(applicant.phone().length() - 4);

        JsonNode found = ask("hồ sơ " + code + " số cuối " + digits + " đến đâu rồi?", null, Asking.newVisitor());
        assertThat(found.get("outcome").asString()).isEqualTo("ACTION");
        assertThat(found.get("answer").asString())
                .contains(code, text("dossier.status.SUBMITTED", VI))
                .doesNotContain(applicant.displayName());
        assertThat(actions(found)).contains("DOSSIER_STATUS");
        assertThat(storedQuestion(found))
                .isEqualTo("hồ sơ " + code + " số cuối *** đến đâu rồi?")
                .doesNotContain(digits);

        JsonNode askedForDigits = ask("tra cứu hồ sơ " + code, null, Asking.newVisitor());
        assertThat(askedForDigits.get("answer").asString()).isEqualTo(text("assistant.status.need-digits", VI, code));
    }

    @Test
    void wrongPhoneDigitsCountTowardsTheLookUpsThrottle() throws Exception {
        Account applicant = dossiers.verifiedResident();
        String code = dossiers.submitted(applicant);
        String right = applicant.phone().substring(applicant.phone().length() - 4);
        String wrong = right.equals("0000") ? "1111" : "0000";
        RequestPostProcessor guesser = Asking.newVisitor();

        JsonNode first = ask(code + " " + wrong, null, guesser);
        assertThat(first.get("answer").asString()).isEqualTo(text("assistant.status.not-found", VI, code));
        for (int i = 1; i < 10; i++) {
            ask(code + " " + wrong, null, Asking.newVisitor());
        }
        JsonNode resting = ask(code + " " + right, null, Asking.newVisitor());
        assertThat(resting.get("answer").asString()).isEqualTo(text("assistant.status.throttled", VI, 60));
        assertThat(resting.get("answer").asString()).doesNotContain(text("dossier.status.SUBMITTED", VI));
    }

    @Test
    void aFormerWardNameOrAStreetOfOneGivesTheNewWardsAndTheirPublicServiceCentres() throws Exception {
        JsonNode split = ask("phường cũ Dịch Vọng Hậu giờ thuộc đâu?", null, Asking.newVisitor());
        assertThat(split.get("outcome").asString()).isEqualTo("ACTION");
        assertThat(codes(split)).containsExactlyInAnyOrder("00166", "00160");
        assertThat(split.get("answer").asString())
                .contains("Phường Dịch Vọng Hậu", "Phường Cầu Giấy", "Phường Nghĩa Đô")
                .contains("Trung tâm Phục vụ hành chính công Phường Cầu Giấy")
                .contains(text("assistant.ward.guidance", VI));
        assertThat(split.at("/sources/0/url").asString()).startsWith("/wards/");
        assertThat(actions(split)).containsOnly("WARD");

        JsonNode street = ask("12 Hang Bai thuoc phuong nao", null, Asking.newVisitor());
        assertThat(codes(street)).containsExactly("00082");
        assertThat(street.get("answer").asString()).contains("Phường Cửa Nam", "Số 29 Quang Trung");
    }

    @Test
    void mySignedInDossiersAreListedAndAVisitorIsAskedToSignIn() throws Exception {
        Account applicant = dossiers.verifiedResident();
        String code = dossiers.submitted(applicant);

        JsonNode mine = ask("hồ sơ của tôi", null, people.bearer(applicant.id()));
        assertThat(mine.get("answer").asString()).contains(code, text("dossier.status.SUBMITTED", VI));
        assertThat(actions(mine)).containsExactly("MY_DOSSIERS");

        JsonNode visitor = ask("ho so cua toi", null, Asking.newVisitor());
        assertThat(visitor.get("answer").asString())
                .isEqualTo(text("assistant.mine.sign-in", VI))
                .doesNotContain(code);
        assertThat(actions(visitor)).containsExactly("SIGN_IN", "MY_DOSSIERS");

        JsonNode reports = ask("phản ánh của tôi", null, people.bearer(DemoPeople.RESIDENT));
        assertThat(actions(reports)).containsExactly("MY_REPORTS");
    }

    // ---------------------------------------------------------------- the log

    @Test
    void personalDataIsMaskedBeforeTheQuestionIsStoredAndNeverLogged() throws Exception {
        String question = "Tôi là An, sđt 0912 345 678, CCCD 001099012345, email an.nguyen@example.vn:"
                + " làm lại căn cước mất bao lâu";
        JsonNode answer = ask(question, null, Asking.newVisitor());

        assertThat(storedQuestion(answer))
                .isEqualTo("Tôi là An, sđt ***, CCCD ***, email ***: làm lại căn cước mất bao lâu");
        java.nio.file.Path log = java.nio.file.Path.of("target/test-data/logs/opencity-test.log");
        if (java.nio.file.Files.exists(log)) {
            assertThat(java.nio.file.Files.readString(log))
                    .doesNotContain("0912 345 678")
                    .doesNotContain("001099012345")
                    .doesNotContain("an.nguyen@example.vn");
        }
    }

    @Test
    void conversationsUntouchedForTheRetentionPeriodAreDeletedWithTheirTurns() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        JsonNode answer = ask("dang ky khai sinh", null, me);
        String conversation = answer.get("conversationId").asString();

        clock.advance(java.time.Duration.ofDays(89));
        purge.purge();
        assertThat(turnCount(conversation)).isEqualTo(1);

        clock.advance(java.time.Duration.ofDays(2));
        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(turnCount(conversation)).isZero();
        mvc.perform(json(post("/api/v1/assistant/ask"), "con le phi thi sao", conversation)
                        .with(Asking.newVisitor()))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- feedback and hand-over

    @Test
    void feedbackIsKeptPerAnswerAndASecondVoteReplacesTheFirst() throws Exception {
        JsonNode answer = ask("dang ky khai sinh", null, Asking.newVisitor());
        String id = answer.get("answerId").asString();

        mvc.perform(post("/api/v1/assistant/answers/{id}/feedback", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\": \"up\"}"))
                .andExpect(status().isNoContent());
        assertThat(feedbackOf(id)).isEqualTo("UP");
        mvc.perform(post("/api/v1/assistant/answers/{id}/feedback", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\": \"DOWN\"}"))
                .andExpect(status().isNoContent());
        assertThat(feedbackOf(id)).isEqualTo("DOWN");

        mvc.perform(post("/api/v1/assistant/answers/{id}/feedback", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\": \"up\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/assistant/answers/{id}/feedback", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\": \"sideways\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aHandOverShowsTheMaskedConversationAndTheContactToOfficersAndTakingItIsAudited() throws Exception {
        RequestPostProcessor me = Asking.newVisitor();
        JsonNode answer = ask("số tôi 0987 654 321, thời tiết Hà Nội hôm nay thế nào?", null, me);
        String conversation = answer.get("conversationId").asString();

        MvcResult requested = mvc.perform(post("/api/v1/assistant/conversations/{id}/handover", conversation)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contact\": \"0987 654 321\"}")
                        .with(me))
                .andExpect(status().isCreated())
                .andReturn();
        String handover = json.readTree(requested.getResponse().getContentAsString())
                .get("handoverId")
                .asString();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/assistant/handovers"))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/assistant/handovers")
                        .with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        JsonNode list =
                json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/api/v1/assistant/handovers")
                                .with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        JsonNode mine = null;
        for (JsonNode h : list) {
            if (h.get("id").asString().equals(handover)) {
                mine = h;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("status").asString()).isEqualTo("OPEN");
        assertThat(mine.get("contact").asString()).isEqualTo("0987 654 321");
        assertThat(mine.at("/turns/0/question").asString()).isEqualTo("số tôi ***, thời tiết Hà Nội hôm nay thế nào?");

        JsonNode taken = json.readTree(mvc.perform(post("/api/v1/assistant/handovers/{id}/taken", handover)
                        .with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(taken.get("status").asString()).isEqualTo("TAKEN");
        assertThat(taken.get("takenByName").asString())
                .isEqualTo(people.actor(DemoPeople.CAU_GIAY_OFFICER).displayName());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ASSISTANT_HANDOVER_TAKEN'"
                                + " and target_id = :id")
                        .param("id", handover)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/api/v1/assistant/handovers/{id}/taken", handover)
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isConflict());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badQuestionsAreClearProblemsInTheAskersLanguageNeverServerErrors() throws Exception {
        expectProblem(json(post("/api/v1/assistant/ask"), "   ", null), 400, "Hãy nhập câu hỏi.");
        expectProblem(
                json(post("/api/v1/assistant/ask"), "   ", null).header("Accept-Language", "en"),
                400,
                "Type a question.");
        expectProblem(
                json(post("/api/v1/assistant/ask"), "a".repeat(10_000), null),
                400,
                text("problem.assistant.question-too-long", VI, 2000));
        expectProblem(
                json(post("/api/v1/assistant/ask"), "lệ phí\u0007 khai sinh", null),
                400,
                text("problem.assistant.question-unreadable", VI));
        expectProblem(
                post("/api/v1/assistant/ask")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"a\\u0000b\"}"),
                400,
                null);
        expectProblem(
                post("/api/v1/assistant/ask")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[] {
                            '{',
                            '"',
                            'q',
                            'u',
                            'e',
                            's',
                            't',
                            'i',
                            'o',
                            'n',
                            '"',
                            ':',
                            '"',
                            (byte) 0xC0,
                            (byte) 0xAF,
                            (byte) 0xFF,
                            '"',
                            '}'
                        }),
                400,
                null);
        expectProblem(
                post("/api/v1/assistant/ask").contentType(MediaType.TEXT_PLAIN).content("lệ phí khai sinh"), 415, null);
        expectProblem(
                post("/api/v1/assistant/ask")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("question=le+phi"),
                415,
                null);
        expectProblem(post("/api/v1/assistant/ask").contentType(MediaType.APPLICATION_JSON), 400, null);
        expectProblem(
                post("/api/v1/assistant/ask")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"le phi\", \"conversationId\": \"not-an-id\"}"),
                400,
                null);
        expectProblem(
                json(post("/api/v1/assistant/ask"), "le phi", UUID.randomUUID().toString()),
                404,
                text("problem.assistant.conversation-not-found", VI));
    }

    @Test
    void htmlInAQuestionIsKeptAsTextAndAnsweredNotInterpreted() throws Exception {
        JsonNode answer = ask("<script>alert('x')</script><b>lệ phí</b>", null, Asking.newVisitor());
        assertThat(storedQuestion(answer)).isEqualTo("<script>alert('x')</script><b>lệ phí</b>");
        assertThat(answer.get("answer").asString()).doesNotContain("<script>");
    }

    // ---------------------------------------------------------------- rate limit and retries

    @Test
    void aClientOverTheLimitGets429WithRetryAfterAndItsIdempotencyKeyStaysFree() throws Exception {
        RequestPostProcessor busy = Asking.newVisitor();
        for (int i = 0; i < 20; i++) {
            mvc.perform(json(post("/api/v1/assistant/ask"), "dang ky khai sinh", null)
                            .with(busy))
                    .andExpect(status().isOk());
        }
        String key = UUID.randomUUID().toString();
        MvcResult refused = mvc.perform(json(post("/api/v1/assistant/ask"), "dang ky khai sinh", null)
                        .header("Idempotency-Key", key)
                        .with(busy))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().string(
                                "Content-Type",
                                org.hamcrest.Matchers.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)))
                .andReturn();
        long wait = Long.parseLong(refused.getResponse().getHeader("Retry-After"));
        assertThat(wait).isBetween(1L, 60L);
        assertThat(json.readTree(refused.getResponse().getContentAsString())
                        .get("detail")
                        .asString())
                .isEqualTo(text("problem.assistant.too-many", VI, wait));

        // Someone else, and the same address signed in, are not held back.
        mvc.perform(json(post("/api/v1/assistant/ask"), "dang ky khai sinh", null)
                        .with(Asking.newVisitor()))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/assistant/ask"), "dang ky khai sinh", null)
                        .with(busy)
                        .with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isOk());

        clock.advance(java.time.Duration.ofSeconds(wait));
        MvcResult later = mvc.perform(json(post("/api/v1/assistant/ask"), "dang ky khai sinh", null)
                        .header("Idempotency-Key", key)
                        .with(busy))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(later.getResponse().getHeader("Idempotent-Replayed")).isNull();
        MvcResult again = mvc.perform(json(post("/api/v1/assistant/ask"), "dang ky khai sinh", null)
                        .header("Idempotency-Key", key)
                        .with(busy))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(again.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getResponse().getContentAsString())
                .isEqualTo(later.getResponse().getContentAsString());
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode ask(String question, String conversation, RequestPostProcessor caller) throws Exception {
        MvcResult result = mvc.perform(json(post("/api/v1/assistant/ask"), question, conversation)
                        .with(caller))
                .andExpect(status().isOk())
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, String question, String conversation) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("question", question);
        if (conversation != null) {
            body.put("conversationId", conversation);
        }
        return request.contentType(MediaType.APPLICATION_JSON)
                .characterEncoding("UTF-8")
                .content(json.writeValueAsString(body));
    }

    private void expectProblem(MockHttpServletRequestBuilder request, int status, String detail) throws Exception {
        MvcResult result = mvc.perform(request.with(Asking.newVisitor())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        if (status == 415) {
            // Refused before any handler is chosen: Tomcat's error dispatch writes the problem, which MockMvc does
            // not run (ApiFuzzTests checks this one over real HTTP).
            return;
        }
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem =
                json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (detail != null) {
            assertThat(problem.get("detail").asString()).isEqualTo(detail);
        }
    }

    private static List<String> lines(JsonNode answer) {
        return List.of(answer.get("answer").asString().split("\n"));
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("sources").forEach(s -> codes.add(s.get("code").asString()));
        return codes;
    }

    private static List<String> actions(JsonNode answer) {
        List<String> kinds = new ArrayList<>();
        answer.get("actions").forEach(a -> kinds.add(a.get("kind").asString()));
        return kinds;
    }

    private String storedQuestion(JsonNode answer) {
        return jdbc.sql("select question from ast_turn where id = cast(:id as uuid)")
                .param("id", answer.get("answerId").asString())
                .query(String.class)
                .single();
    }

    private String feedbackOf(String answer) {
        return jdbc.sql("select feedback from ast_turn where id = cast(:id as uuid)")
                .param("id", answer)
                .query(String.class)
                .single();
    }

    private long turnCount(String conversation) {
        return jdbc.sql("select count(*) from ast_turn where conversation_id = cast(:id as uuid)")
                .param("id", conversation)
                .query(Long.class)
                .single();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The fee line as the record gives it (the way the answer must state it). */
    private String feeLine(Procedure procedure, Locale locale) {
        Long fee = procedure.feeVnd();
        if (fee == null) {
            return procedure.feeText().isBlank()
                    ? text("assistant.fact.fee.none", locale)
                    : text(
                            "assistant.fact.fee.text",
                            locale,
                            procedure.feeText().strip().replaceAll("\\s+", " "));
        }
        String line =
                fee == 0 ? text("assistant.fact.fee.free", locale) : text("assistant.fact.fee.amount", locale, fee);
        Long online = procedure.onlineFeeVnd();
        if (online != null && !online.equals(fee)) {
            line += " "
                    + (online == 0
                            ? text("assistant.fact.fee.online-free", locale)
                            : text("assistant.fact.fee.online", locale, online));
        }
        return line;
    }

    private String timeLine(Procedure procedure, Locale locale) {
        return procedure.processingDays() == null
                ? text("assistant.fact.time.none", locale)
                : text("assistant.fact.time.days", locale, procedure.processingDays());
    }

    private String onlineLine(Procedure procedure, Locale locale) {
        return switch (procedure.onlineLevel()) {
            case FULL_ONLINE -> text("assistant.fact.online.full", locale);
            case PARTLY_ONLINE -> text("assistant.fact.online.partly", locale);
            case INFORMATION_ONLY -> text("assistant.fact.online.none", locale);
        };
    }
}
