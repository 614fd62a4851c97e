package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencity.identity.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Applying step by step, as a browser posts the pages: the step indicator, the form checked field by field, several
 * files sent at once (all kept or none, the refused one named), the fee, the check page and sending.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierGuidedPagesTests {

    private static final String BIRTH = TestDossiers.BIRTH_REGISTRATION;
    private static final String HOAN_KIEM = "00070";
    private static final Map<String, String> COMPLETE_FORM = Map.of(
            "childFullName", "Lê Minh An",
            "childBirthDate", "2026-11-01",
            "childSex", "Nam",
            "birthPlace", "Bệnh viện Phụ sản Hà Nội",
            "motherFullName", "Lê Thị Mẹ");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestDossiers testDossiers;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierFiles files;

    static RequestPostProcessor signedIn(Account account) {
        return user(account.id().toString()).roles("RESIDENT");
    }

    /** The step indicator as the steps fragment writes it: earlier steps done, this one current. */
    private static Pattern currentStep(String label) {
        return Pattern.compile("(?s).*<li\\s+aria-current=\"step\">\\s*<span>" + label + "</span>.*");
    }

    private String draft(Account resident) {
        return dossiers.start(new NewDossier(resident.id(), BIRTH, null, COMPLETE_FORM, null), Locale.ROOT)
                .code();
    }

    private List<DossierView.Requirement> required(Account resident, String code) {
        return dossiers.view(resident.id(), code, Locale.ROOT).requirements().stream()
                .filter(DossierView.Requirement::required)
                .toList();
    }

    @Test
    void theFormStepIsTheFirstOfFourAndEachFieldHasAHint() throws Exception {
        mvc.perform(get("/dossiers/new").param("procedure", BIRTH).with(signedIn(testDossiers.verifiedResident())))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(currentStep("Điền tờ khai"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("<span>Giấy tờ kèm theo</span>"),
                                containsString("<span>Lệ phí</span>"),
                                containsString("<span>Kiểm tra và gửi</span>"),
                                containsString("id=\"field-childBirthDate-hint\""),
                                containsString("ví dụ 27/03/2026"),
                                containsString("Họ và tên cha (không bắt buộc)"),
                                containsString("novalidate"))));
    }

    @Test
    void aFormWithMistakesComesBackWithEveryProblemAtTheTopAndWhatWasTyped() throws Exception {
        Account resident = testDossiers.verifiedResident();
        mvc.perform(post("/dossiers")
                        .with(signedIn(resident))
                        .with(csrf())
                        .param("procedure", BIRTH)
                        .param("ward", "")
                        .param("submissionKey", "k-mistakes")
                        .param("field.childFullName", "Trần Bé Na")
                        .param("field.childBirthDate", "31/02/2026")
                        .param("field.childSex", "Khác"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error-summary\""),
                                containsString("<a href=\"#ward\">Chọn phường, xã nơi nộp hồ sơ.</a>"),
                                containsString(
                                        "<a href=\"#field-childBirthDate\">“Ngày sinh của trẻ” phải là một ngày có thật"),
                                containsString(
                                        "<a href=\"#field-childSex\">Hãy chọn “Giới tính của trẻ” trong danh sách"),
                                containsString("<a href=\"#field-birthPlace\">Hãy điền “Nơi sinh”.</a>"),
                                containsString("<a href=\"#field-motherFullName\">Hãy điền “Họ và tên mẹ”.</a>"),
                                not(containsString("#field-fatherFullName")),
                                containsString("id=\"field-birthPlace-error\""),
                                containsString("aria-invalid=\"true\""),
                                containsString("value=\"Trần Bé Na\""),
                                containsString("value=\"31/02/2026\""),
                                containsString("value=\"k-mistakes\""))));
        assertThat(dossiers.mine(resident.id())).isEmpty();
    }

    @Test
    void theProblemsAreInTheReadersLanguageAndACompleteFormGoesOnToThePapers() throws Exception {
        Account resident = testDossiers.verifiedResident();
        mvc.perform(post("/dossiers")
                        .with(signedIn(resident))
                        .with(csrf())
                        .param("lang", "en")
                        .param("procedure", BIRTH)
                        .param("ward", HOAN_KIEM)
                        .param("submissionKey", "k-english")
                        .param("field.childFullName", "Trần Bé Na"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem"),
                                containsString("Fill in “Place of birth”."),
                                containsString("value=\"Trần Bé Na\""))));

        var complete = post("/dossiers")
                .with(signedIn(resident))
                .with(csrf())
                .param("procedure", BIRTH)
                .param("ward", HOAN_KIEM)
                .param("submissionKey", "k-complete")
                .param("field.childBirthDate", "1/11/2026");
        COMPLETE_FORM.forEach((name, value) -> {
            if (!name.equals("childBirthDate")) {
                complete.param("field." + name, value);
            }
        });
        String location = mvc.perform(complete)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/dossiers/[A-Z0-9-]+/apply/documents");
        String code = location.split("/")[2];
        assertThat(dossiers.view(resident.id(), code, Locale.ROOT).form())
                .containsEntry("childBirthDate", "2026-11-01")
                .containsEntry("childFullName", "Lê Minh An");
    }

    @Test
    void theDocumentsStepExplainsEachPaperAndMarksTheRequiredOnes() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        mvc.perform(get("/dossiers/{code}/apply/documents", code).with(signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(currentStep("Giấy tờ kèm theo"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"steps__item--done\""),
                                containsString("Giấy tờ phải có"),
                                containsString("Giấy tờ chỉ cần trong một số trường hợp"),
                                containsString("Giấy chứng sinh; trường hợp không có Giấy chứng sinh"),
                                containsString(">Bắt buộc</strong>"),
                                containsString(">Không bắt buộc</strong>"),
                                containsString("enctype=\"multipart/form-data\""),
                                containsString("name=\"paper-0\""),
                                containsString("multiple=\"multiple\""),
                                containsString("data-preview"),
                                containsString("name=\"paper-extra\""))));
    }

    @Test
    void severalFilesAreAttachedInOneRequest() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        int first = required(resident, code).get(0).index();
        mvc.perform(multipart("/dossiers/{code}/apply/documents", code)
                        .file(new MockMultipartFile(
                                "paper-" + first, "trang-1.pdf", "application/pdf", TestDossiers.pdf()))
                        .file(new MockMultipartFile(
                                "paper-" + first, "trang-2.pdf", "application/pdf", TestDossiers.pdf()))
                        .file(new MockMultipartFile("paper-extra", "them.pdf", "application/pdf", TestDossiers.pdf()))
                        .file(new MockMultipartFile("paper-1", "", "application/octet-stream", new byte[0]))
                        .param("next", "stay")
                        .with(signedIn(resident))
                        .with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code + "/apply/documents"))
                .andExpect(flash().attribute("done", "Đã đính kèm 3 tệp."));

        List<DossierDocument> attached =
                dossiers.view(resident.id(), code, Locale.ROOT).documents();
        assertThat(attached)
                .extracting(DossierDocument::fileName)
                .containsExactlyInAnyOrder("trang-1.pdf", "trang-2.pdf", "them.pdf");
        assertThat(attached)
                .filteredOn(d -> d.requirement() == null)
                .extracting(DossierDocument::fileName)
                .containsExactly("them.pdf");
        mvc.perform(get("/dossiers/{code}/apply/documents", code).with(signedIn(resident)))
                .andExpect(content()
                        .string(allOf(
                                containsString("trang-2.pdf"),
                                containsString(
                                        "form=\"remove-" + attached.get(0).id() + "\""),
                                containsString("class=\"danger\""))));
        mvc.perform(post(
                                "/dossiers/{code}/apply/documents/{id}/delete",
                                code,
                                attached.get(0).id())
                        .with(signedIn(resident))
                        .with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code + "/apply/documents"))
                .andExpect(flash().attribute("done", "Đã xóa tệp."));
        assertThat(dossiers.view(resident.id(), code, Locale.ROOT).documents()).hasSize(2);
    }

    @Test
    void oneRefusedFileKeepsNoneAndIsNamedBesideItsInput() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        List<DossierView.Requirement> required = required(resident, code);
        String good = "paper-" + required.get(0).index();
        String bad = "paper-" + required.get(1).index();
        mvc.perform(multipart("/dossiers/{code}/apply/documents", code)
                        .file(new MockMultipartFile(good, "giay-chung-sinh.pdf", "application/pdf", TestDossiers.pdf()))
                        .file(new MockMultipartFile(bad, "ghi-chu.pdf", "application/pdf", "chỉ là chữ".getBytes()))
                        .file(new MockMultipartFile(bad, "cccd.pdf", "application/pdf", TestDossiers.pdf()))
                        .param("next", "fee")
                        .with(signedIn(resident))
                        .with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content()
                        .string(allOf(
                                containsString("<a href=\"#" + bad + "\">Chưa tải lên tệp nào: tệp “ghi-chu.pdf”"
                                        + " không phải PDF, JPEG hay PNG."),
                                containsString("id=\"" + bad + "-error\""))));
        mvc.perform(multipart("/dossiers/{code}/apply/documents", code)
                        .file(new MockMultipartFile(good, "nho.pdf", "application/pdf", TestDossiers.pdf()))
                        .file(new MockMultipartFile(
                                "paper-extra", "qua-lon.pdf", "application/pdf", new byte[11 * 1024 * 1024]))
                        .with(signedIn(resident))
                        .with(csrf()))
                .andExpect(status().is(413))
                .andExpect(content()
                        .string(containsString(
                                "<a href=\"#paper-extra\">Chưa tải lên tệp nào: tệp “qua-lon.pdf” lớn hơn 10 MB.")));
        mvc.perform(multipart("/dossiers/{code}/apply/documents", code)
                        .param("next", "stay")
                        .with(signedIn(resident))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy chọn một tệp để tải lên.")));
        assertThat(dossiers.view(resident.id(), code, Locale.ROOT).documents()).isEmpty();
    }

    @Test
    void theFeeStepSaysWhatItCostsAndHowItIsPaid() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        mvc.perform(get("/dossiers/{code}/apply/fee", code).with(signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(currentStep("Lệ phí"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("Miễn phí"),
                                containsString("Thủ tục này miễn phí: bạn không phải nộp gì."),
                                containsString("href=\"/dossiers/" + code + "/apply/check\""))));
    }

    @Test
    void anIncompleteDossierIsToldWhatIsMissingInsteadOfBeingSent() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        int number = required(resident, code).get(0).index() + 1;
        mvc.perform(get("/dossiers/{code}/apply/check", code).with(signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Hồ sơ chưa đủ để gửi"),
                                containsString("Thiếu giấy tờ số " + number + " (bắt buộc)"),
                                not(containsString("/apply/send")))));
        mvc.perform(post("/dossiers/{code}/apply/send", code)
                        .with(signedIn(resident))
                        .with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code + "/apply/check"))
                .andExpect(flash().attribute("problem", containsString("Hồ sơ còn thiếu giấy tờ bắt buộc")));
        mvc.perform(get("/dossiers/{code}", code).with(signedIn(resident)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Hồ sơ này chưa gửi."),
                                containsString("href=\"/dossiers/" + code + "/apply/documents\""))));
    }

    @Test
    void theCheckPageSummarisesEverythingWithChangeLinksAndSendingTwiceSendsOnce() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        for (DossierView.Requirement requirement : required(resident, code)) {
            files.attach(
                    resident.id(),
                    code,
                    new UploadedDocument(
                            requirement.index(), "giay-to-" + requirement.index() + ".pdf", TestDossiers.pdf()));
        }
        mvc.perform(get("/dossiers/{code}/apply/check", code).with(signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(currentStep("Kiểm tra và gửi"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("Kiểm tra trước khi gửi"),
                                containsString("class=\"summary-list\""),
                                containsString("<dt>Họ, chữ đệm và tên của trẻ</dt>"),
                                containsString("01/11/2026"),
                                containsString("Lê Minh An"),
                                containsString("href=\"/dossiers/" + code + "/apply/form?from=check\""),
                                containsString("href=\"/dossiers/" + code + "/apply/documents\""),
                                containsString("href=\"/dossiers/" + code + "/apply/fee\""),
                                containsString("<span>Sửa</span><span class=\"visually-hidden\"> Nơi sinh</span>"),
                                containsString("giay-to-"),
                                containsString("Miễn phí"),
                                containsString("action=\"/dossiers/" + code + "/apply/send\""),
                                containsString("Gửi hồ sơ</button>"),
                                not(containsString("Hồ sơ chưa đủ để gửi")))));

        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/dossiers/{code}/apply/send", code)
                            .with(signedIn(resident))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/dossiers/" + code))
                    .andExpect(flash().attribute(
                                    "done",
                                    allOf(
                                            containsString("Đã gửi hồ sơ " + code + "."),
                                            containsString("kể từ khi tiếp nhận"))));
        }
        DossierView sent = dossiers.view(resident.id(), code, Locale.ROOT);
        assertThat(sent.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(sent.history())
                .filteredOn(s -> s.action() == DossierAction.SUBMIT)
                .hasSize(1);
        mvc.perform(get("/dossiers/{code}/apply/check", code).with(signedIn(resident)))
                .andExpect(redirectedUrl("/dossiers/" + code));
        mvc.perform(get("/dossiers/{code}", code).with(signedIn(resident)).flashAttr("done", "Đã gửi hồ sơ " + code))
                .andExpect(content()
                        .string(allOf(
                                containsString("banner--success"),
                                containsString("tag tag--info"),
                                containsString("Đã nộp, chờ tiếp nhận"),
                                containsString("class=\"summary-list\""))));
    }

    @Test
    void changingTheFormFromTheCheckPageGoesBackToIt() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        mvc.perform(get("/dossiers/{code}/apply/form", code)
                        .param("from", "check")
                        .with(signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                matchesPattern(currentStep("Điền tờ khai")),
                                containsString("action=\"/dossiers/" + code + "/apply/form?from=check\""),
                                containsString("value=\"Lê Minh An\""))));
        mvc.perform(formPosted(resident, code, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#field-childFullName\">")));
        mvc.perform(formPosted(resident, code, "Lê Minh Anh"))
                .andExpect(redirectedUrl("/dossiers/" + code + "/apply/check"));
        assertThat(dossiers.view(resident.id(), code, Locale.ROOT).form())
                .containsEntry("childFullName", "Lê Minh Anh");
    }

    /** The form step of a started dossier posted from the check page, with the child's name as given. */
    private MockHttpServletRequestBuilder formPosted(Account resident, String code, String childName) {
        var form = post("/dossiers/{code}/apply/form", code)
                .param("from", "check")
                .with(signedIn(resident))
                .with(csrf());
        COMPLETE_FORM.forEach(
                (name, value) -> form.param("field." + name, name.equals("childFullName") ? childName : value));
        return form;
    }

    @Test
    void myDossiersShowTheirStatusAsTags() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String sent = testDossiers.submitted(resident);
        String draft = draft(resident);
        mvc.perform(get("/dossiers").with(signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(sent),
                                containsString(draft),
                                containsString("<strong class=\"tag tag--info\">Đã nộp, chờ tiếp nhận</strong>"),
                                containsString("<strong class=\"tag tag--warning\">Bản nháp</strong>"),
                                containsString("class=\"summary-list\""))));
    }

    /** Every step page in both languages: words only, no constant, key or missing translation in what is read. */
    @Test
    void theStepPagesShowWordsNotCodesInBothLanguages() throws Exception {
        Account resident = testDossiers.verifiedResident();
        String code = draft(resident);
        Pattern rawCode = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b[a-z]+(?:\\.[a-z-]+){2,}\\b|\\?\\?");
        for (String step : List.of("form", "documents", "fee", "check")) {
            for (String language : List.of("vi", "en")) {
                String html = mvc.perform(get("/dossiers/{code}/apply/" + step, code)
                                .param("lang", language)
                                .with(signedIn(resident)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                String text = html.replaceAll("(?is)<(script|style|code)[^>]*>.*?</\\1>", " ")
                        .replaceAll("(?s)<[^>]*>", " ");
                assertThat(rawCode.matcher(text).results().map(r -> r.group()))
                        .as(step + " (" + language + ")")
                        .isEmpty();
            }
        }
    }

    @Test
    void theStatusLookUpListsWhatIsWrongWithItsFieldsAtTheTop() throws Exception {
        mvc.perform(post("/dossiers/status").with(csrf()).param("code", " ").param("phone", "12"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error-summary\""),
                                containsString("<a href=\"#code\">Nhập mã hồ sơ in trên giấy tiếp nhận.</a>"),
                                containsString("<a href=\"#phone\">Nhập đúng 4 chữ số cuối"),
                                containsString("id=\"phone-error\""))));
        mvc.perform(post("/dossiers/status")
                        .with(csrf())
                        .param("code", "HS-KHONG-CO")
                        .param("phone", "1234"))
                .andExpect(content()
                        .string(containsString("<a href=\"#code\">Không tìm thấy hồ sơ với mã và số điện thoại này.")));
    }
}
