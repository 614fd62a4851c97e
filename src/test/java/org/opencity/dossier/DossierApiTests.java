package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencity.DemoPeople;
import org.opencity.document.Poppler;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.notification.Inbox;
import org.opencity.notification.InboxMessage;
import org.opencity.platform.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dossier from the resident's first click to the signed result, through the API and the real database: the
 * one-stop desk of the resident's ward receives it, an officer processes it, the result is signed and an
 * independent verifier (poppler's pdfsig) accepts the signature. Around it: authorisation per unit, the public
 * look-up's privacy, idempotent starts and bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierApiTests {

    @Autowired
    TestDossiers testDossiers;

    static final String BIRTH = "1.001193";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.opencity.identity.IdentityVerification identityChecks;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Account verifiedResident() {
        return testDossiers.verifiedResident();
    }

    static String startBody(String key) {
        return """
                {"procedureCode": "%s", "submissionKey": "%s", "form": {"childFullName": "Lê Minh An",
                 "childBirthDate": "2026-11-01", "childSex": "Nam", "birthPlace": "Bệnh viện Phụ sản Hà Nội",
                 "motherFullName": "Lê Thị Mẹ"}}""".formatted(BIRTH, key);
    }

    JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    /** A submitted dossier of a fresh verified resident, with every required document attached. */
    String submitted(Account resident) throws Exception {
        RequestPostProcessor me = people.bearer(resident.id());
        JsonNode draft = call(
                post("/api/v1/dossiers")
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(startBody("k-" + System.nanoTime())),
                201);
        String code = draft.get("code").asString();
        for (JsonNode requirement : draft.get("requirements")) {
            if (requirement.get("required").asBoolean()) {
                call(
                        multipart("/api/v1/dossiers/{code}/documents", code)
                                .file(new MockMultipartFile(
                                        "file", "giay-to.pdf", "application/pdf", TestDossiers.pdf()))
                                .param("requirement", requirement.get("index").asString())
                                .with(me),
                        201);
            }
        }
        call(post("/api/v1/dossiers/{code}/submit", code).with(me), 200);
        return code;
    }

    @Test
    void fromDraftToASignedResultThatPdfsigAccepts(@TempDir Path dir) throws Exception {
        Account resident = verifiedResident();
        RequestPostProcessor me = people.bearer(resident.id());
        RequestPostProcessor clerk = people.bearer(DemoPeople.HOAN_KIEM_CLERK);
        String code = submitted(resident);

        mvc.perform(get("/api/v1/desk/dossiers").with(clerk))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
        mvc.perform(get("/api/v1/desk/dossiers/{code}", code).with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/desk/dossiers/{code}/receive", code).with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isNotFound());

        JsonNode received =
                call(post("/api/v1/desk/dossiers/{code}/receive", code).with(clerk), 200);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("dueAt").isNull()).isFalse();
        String clerkId = people.id(DemoPeople.HOAN_KIEM_CLERK).toString();
        call(
                post("/api/v1/desk/dossiers/{code}/assign", code)
                        .with(clerk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assigneeId\": \"" + clerkId + "\"}"),
                200);
        call(
                post("/api/v1/desk/dossiers/{code}/approve", code)
                        .with(clerk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Đủ điều kiện\"}"),
                200);
        JsonNode issued =
                call(post("/api/v1/desk/dossiers/{code}/issue-result", code).with(clerk), 200);
        assertThat(issued.get("status").asString()).isEqualTo("RESULT_ISSUED");
        assertThat(issued.get("timeliness").asString()).isIn("EARLY", "ON_TIME");

        byte[] result = mvc.perform(
                        get("/api/v1/dossiers/{code}/result.pdf", code).with(me))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String caPem = mvc.perform(get("/api/v1/documents/ca.pem"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Path signed = Files.write(dir.resolve("result.pdf"), result);
        Poppler.Result check = Poppler.pdfsig(Poppler.nssTrusting(dir, caPem), signed);
        assertThat(check.output())
                .contains("Signature is Valid")
                .contains("Total document signed")
                .contains("Certificate is Trusted");
        assertThat(Poppler.pdftotext(signed))
                .contains(code)
                .contains("Thủ tục đăng ký khai sinh")
                .contains("Lê Minh An");

        byte[] tampered = result.clone();
        int at = new String(result, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Lê") > 0 ? 200 : 300;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        Poppler.Result broken =
                Poppler.pdfsig(dir.resolve("nssdb"), Files.write(dir.resolve("tampered.pdf"), tampered));
        assertThat(broken.output()).doesNotContain("Signature is Valid");

        mvc.perform(get("/api/v1/dossiers/{code}/result.pdf", code).with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isNotFound());
        call(
                post("/api/v1/dossiers/{code}/rating", code)
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"time\":5,\"attitude\":5,\"guidance\":4,\"cost\":5,\"result\":5,\"comment\":\"Nhanh\"}"),
                204);
        call(
                post("/api/v1/dossiers/{code}/rating", code)
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"time\":1,\"attitude\":1,\"guidance\":1,\"cost\":1,\"result\":1}"),
                409);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(inbox.messages(resident.id(), PageQuery.of(0, 20))
                                .items())
                        .extracting(InboxMessage::title)
                        .contains("Hồ sơ " + code + " đã được tiếp nhận", "Hồ sơ " + code + " đã có kết quả"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                inbox.messages(people.id(DemoPeople.HOAN_KIEM_CLERK), PageQuery.of(0, 50))
                                        .items())
                        .extracting(InboxMessage::title)
                        .contains("Bạn được giao xử lý hồ sơ " + code));
        assertThat(jdbc.sql("select count(*) from audit_entry where target_id = :code and action like 'DOSSIER_%'")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void theStatusLookUpNeedsTheRightDigitsAndShowsNoPersonalData() throws Exception {
        Account resident = verifiedResident();
        String code = submitted(resident);
        String digits = resident.phone().substring(resident.phone().length() - 4);
        String body = mvc.perform(
                        get("/api/v1/dossier-status").param("code", code).param("phone", digits))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .doesNotContain("Lê Thị Mẹ")
                .doesNotContain("Lê Minh An")
                .doesNotContain(resident.phone())
                .doesNotContain(resident.email());
        String wrong = digits.equals("0000") ? "1111" : "0000";
        mvc.perform(get("/api/v1/dossier-status").param("code", code).param("phone", wrong))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/dossier-status")
                        .param("code", "HS-2026-999999")
                        .param("phone", digits))
                .andExpect(status().isNotFound());
        for (int guess = 1; guess < DossierLookup.MAX_FAILURES; guess++) {
            mvc.perform(get("/api/v1/dossier-status").param("code", code).param("phone", wrong))
                    .andExpect(status().isNotFound());
        }
        // Ten wrong guesses: even the right digits now wait, so four digits cannot be walked through.
        mvc.perform(get("/api/v1/dossier-status").param("code", code).param("phone", digits))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/{code}", code)).andExpect(status().isUnauthorized());
    }

    @Test
    void aSupplementRequestStopsTheClockAndTheDossierGoesBackToProcessing() throws Exception {
        Account resident = verifiedResident();
        RequestPostProcessor clerk = people.bearer(DemoPeople.HOAN_KIEM_CLERK);
        String code = submitted(resident);
        call(post("/api/v1/desk/dossiers/{code}/receive", code).with(clerk), 200);
        call(
                post("/api/v1/desk/dossiers/{code}/assign", code)
                        .with(clerk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assigneeId\": \"" + people.id(DemoPeople.HOAN_KIEM_CLERK) + "\"}"),
                200);
        JsonNode returned = call(
                post("/api/v1/desk/dossiers/{code}/return-for-supplement", code)
                        .with(clerk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Thiếu bản sao giấy chứng sinh\"}"),
                200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("timeliness").asString()).isEqualTo("PAUSED");
        mvc.perform(get("/api/v1/dossiers/{code}/forms/SUPPLEMENT.pdf", code).with(people.bearer(resident.id())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));

        JsonNode back = call(post("/api/v1/dossiers/{code}/resubmit", code).with(people.bearer(resident.id())), 200);
        assertThat(back.get("status").asString()).isEqualTo("IN_PROCESSING");
        assertThat(back.get("timeliness").asString()).isEqualTo("ON_TRACK");
        assertThat(back.get("history"))
                .extracting(step -> step.get("action").asString())
                .containsSubsequence("SUBMIT", "RECEIVE", "RETURN_FOR_SUPPLEMENT", "RESUBMIT");
        call(post("/api/v1/dossiers/{code}/withdraw", code).with(people.bearer(resident.id())), 409);
    }

    @Test
    void officerStepsTheStatusDoesNotAllowAreRefusedAndChangeNothing() throws Exception {
        String code = submitted(verifiedResident());
        RequestPostProcessor clerk = people.bearer(DemoPeople.HOAN_KIEM_CLERK);
        for (String step : new String[] {"approve", "refuse", "issue-result", "deliver", "request-opinion"}) {
            mvc.perform(post("/api/v1/desk/dossiers/{code}/{step}", code, step)
                            .with(clerk)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\": \"x\", \"note\": \"x\", \"unitCode\": \"SO-XAYDUNG\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get("/api/v1/desk/dossiers/{code}", code).with(clerk))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.history.length()").value(1));
        assertThat(jdbc.sql("select count(*) from dsr_result r join dsr_dossier d on d.id = r.dossier_id"
                                + " where d.code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anExpiredSessionMidSubmissionLosesNothing() throws Exception {
        Account resident = verifiedResident();
        RequestPostProcessor me = people.bearer(resident.id());
        JsonNode draft = call(
                post("/api/v1/dossiers")
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(startBody("expiring-" + System.nanoTime())),
                201);
        String code = draft.get("code").asString();
        call(
                multipart("/api/v1/dossiers/{code}/documents", code)
                        .with(me)
                        .param("requirement", "0")
                        .file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", TestDossiers.pdf())),
                201);

        // The token ran out: the submission is refused with 401, and the draft with its file is still there.
        mvc.perform(post("/api/v1/dossiers/{code}/submit", code)).andExpect(status().isUnauthorized());
        mvc.perform(post("/dossiers/{code}/apply/send", code)).andExpect(status().isForbidden()); // no session at all
        // The page form sent after the session expired (its CSRF token died with the session): sign in again, then
        // back to the dossier.
        var fresh = (org.springframework.mock.web.MockHttpSession) mvc.perform(post("/dossiers/{code}/apply/send", code)
                        .param("_csrf", "from-the-old-session")
                        .header("Referer", "http://localhost/dossiers/" + code)
                        .with(request -> {
                            request.setRequestedSessionId("a-session-that-timed-out");
                            request.setRequestedSessionIdValid(false);
                            return request;
                        }))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login?expired"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(
                        post("/login")
                                .session(fresh)
                                .param("username", resident.email())
                                .param("password", "một mật khẩu dài")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/dossiers/" + code));
        JsonNode kept = call(get("/api/v1/dossiers/{code}", code).with(me), 200);
        assertThat(kept.get("status").asString()).isEqualTo("DRAFT");
        assertThat(kept.get("documents")).hasSize(1);
        assertThat(kept.get("form").get("childFullName").asString()).isEqualTo("Lê Minh An");
    }

    @Test
    void retriesAndDoubleClicksMakeOneDossier() throws Exception {
        Account resident = verifiedResident();
        RequestPostProcessor me = people.bearer(resident.id());
        String first = call(
                        post("/api/v1/dossiers")
                                .with(me)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(startBody("same-key")),
                        201)
                .get("code")
                .asString();
        String again = call(
                        post("/api/v1/dossiers")
                                .with(me)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(startBody("same-key")),
                        201)
                .get("code")
                .asString();
        assertThat(again).isEqualTo(first);
        String keyed = call(
                        post("/api/v1/dossiers")
                                .with(me)
                                .header("Idempotency-Key", "idem-" + first)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(startBody(null)),
                        201)
                .get("code")
                .asString();
        String replayed = call(
                        post("/api/v1/dossiers")
                                .with(me)
                                .header("Idempotency-Key", "idem-" + first)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(startBody(null)),
                        201)
                .get("code")
                .asString();
        assertThat(replayed).isEqualTo(keyed);
        assertThat(jdbc.sql("select count(*) from dsr_dossier where applicant_id = :a")
                        .param("a", resident.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badInputIsExplainedAndNothingIsHalfWritten() throws Exception {
        Account resident = verifiedResident();
        RequestPostProcessor me = people.bearer(resident.id());
        JsonNode draft = call(
                post("/api/v1/dossiers")
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(startBody("bad-" + System.nanoTime())),
                201);
        String code = draft.get("code").asString();

        mvc.perform(multipart("/api/v1/dossiers/{code}/documents", code)
                        .with(me)
                        .param("requirement", "0")
                        .file(new MockMultipartFile(
                                "file",
                                "giay-khai-sinh.pdf",
                                "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes())))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(jdbc.sql("select count(*) from dsr_document d join dsr_dossier s on s.id = d.dossier_id"
                                + " where s.code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/api/v1/dossiers/{code}/submit", code).with(me).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Required documents are missing")));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(me))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        mvc.perform(post("/api/v1/dossiers")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(startBody("lvl")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dossiers")
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedureCode\": \"9.999999\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dossiers/{code}/submit", "HS-2026-000000").with(me))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/desk/dossiers/{code}/receive", code).with(people.bearer(DemoPeople.HOAN_KIEM_CLERK)))
                .andExpect(status().isNotFound()); // a draft is the resident's own
        mvc.perform(post("/api/v1/dossiers/{code}/rating", code)
                        .with(me)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"time\":9,\"attitude\":1,\"guidance\":1,\"cost\":1,\"result\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Each criterion is rated 1 to 5")));
        mvc.perform(post("/api/v1/dossiers/{code}/resubmit", code).with(me))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("RESUBMIT"))));
    }
}
