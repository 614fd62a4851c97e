package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dossier pages as a browser posts them, on the real database: a resident starts, completes and sends a
 * birth registration; the one-stop clerk receives it; anyone checks its status with the receipt code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierPagesTests {

    @Autowired
    TestDossiers testDossiers;

    static final String BIRTH = "1.001193";
    static final String HOAN_KIEM = "00070";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.opencity.identity.IdentityVerification identityChecks;

    @Autowired
    DossierManagement dossiers;

    Account verifiedResident() {
        return testDossiers.verifiedResident();
    }

    static RequestPostProcessor signedIn(Account account) {
        return user(account.id().toString()).roles("RESIDENT");
    }

    /** Posts the new-dossier form as the page would; answers the dossier's code. */
    String startFromThePage(RequestPostProcessor me, String key) throws Exception {
        String location = mvc.perform(post("/dossiers")
                        .with(me)
                        .with(csrf())
                        .param("procedure", BIRTH)
                        .param("ward", HOAN_KIEM)
                        .param("submissionKey", key)
                        .param("field.childFullName", "Lê Minh An")
                        .param("field.childBirthDate", "2026-11-01")
                        .param("field.childSex", "Nam")
                        .param("field.birthPlace", "Bệnh viện Phụ sản Hà Nội")
                        .param("field.motherFullName", "Lê Thị Mẹ"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        // A complete form starts the draft and goes on to the documents step.
        assertThat(location).matches("/dossiers/[A-Z0-9-]+/apply/documents");
        return location.split("/")[2];
    }

    /** A dossier sent from the pages, with a real PDF for every required document. */
    String submittedFromThePages(Account resident) throws Exception {
        RequestPostProcessor me = signedIn(resident);
        String code = startFromThePage(me, UUID.randomUUID().toString());
        for (DossierView.Requirement requirement :
                dossiers.view(resident.id(), code, Locale.ROOT).requirements()) {
            if (requirement.required()) {
                mvc.perform(multipart("/dossiers/{code}/apply/documents", code)
                                .file(new MockMultipartFile(
                                        "paper-" + requirement.index(),
                                        "giay-to.pdf",
                                        "application/pdf",
                                        TestDossiers.pdf()))
                                .with(me)
                                .with(csrf()))
                        .andExpect(redirectedUrl("/dossiers/" + code + "/apply/documents"));
            }
        }
        mvc.perform(post("/dossiers/{code}/apply/send", code).with(me).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code))
                .andExpect(flash().attribute("done", containsString("Đã gửi hồ sơ")));
        return code;
    }

    @Test
    void aResidentWhoseIdentityIsNotVerifiedIsToldBeforeFillingAnything() throws Exception {
        String page = mvc.perform(
                        get("/dossiers/new").param("procedure", "1.001193").with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("Thủ tục này cần tài khoản đã xác thực danh tính (mức 2)")
                .doesNotContain("name=\"submissionKey\"");
    }

    @Test
    void theNewDossierPageGeneratesTheProcedureForm() throws Exception {
        mvc.perform(get("/dossiers/new").param("procedure", BIRTH).with(signedIn(verifiedResident())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("name=\"field.childFullName\""),
                                containsString("type=\"date\""),
                                containsString("<option value=\"Nữ\">Nữ</option>"),
                                containsString("name=\"submissionKey\""),
                                containsString("<option value=\"00070\" selected=\"selected\""),
                                containsString("Họ và tên cha (không bắt buộc)"))));
    }

    @Test
    void aRepeatedPostWithTheSameSubmissionKeyMakesOneDraft() throws Exception {
        Account resident = verifiedResident();
        String key = UUID.randomUUID().toString();
        String first = startFromThePage(signedIn(resident), key);
        String again = startFromThePage(signedIn(resident), key);
        assertThat(again).isEqualTo(first);
        assertThat(dossiers.mine(resident.id())).hasSize(1);
        mvc.perform(get("/dossiers").with(signedIn(resident)))
                .andExpect(content().string(allOf(containsString(first), containsString("Bản nháp"))));
    }

    @Test
    void postsNeedTheCsrfToken() throws Exception {
        Account resident = verifiedResident();
        mvc.perform(post("/dossiers")
                        .with(signedIn(resident))
                        .param("procedure", BIRTH)
                        .param("submissionKey", "no-token"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/status").param("code", "HS-1").param("phone", "1234"))
                .andExpect(status().isForbidden());
        assertThat(dossiers.mine(resident.id())).isEmpty();
    }

    @Test
    void aResidentWhoseIdentityIsTooLowIsToldAgainIfTheFormIsPostedAnyway() throws Exception {
        mvc.perform(post("/dossiers")
                        .with(people.session(DemoPeople.RESIDENT))
                        .with(csrf())
                        .param("procedure", BIRTH)
                        .param("ward", HOAN_KIEM)
                        .param("submissionKey", "k-level")
                        .param("field.childFullName", "Trần Bé Na")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"alert\""),
                                containsString("needs a verified identity (level 2)"),
                                not(containsString("name=\"submissionKey\"")))));
    }

    @Test
    void fromTheResidentsPagesToTheClerksReceipt() throws Exception {
        Account resident = verifiedResident();
        RequestPostProcessor me = signedIn(resident);
        RequestPostProcessor clerk = people.session(DemoPeople.HOAN_KIEM_CLERK);
        String code = submittedFromThePages(resident);

        mvc.perform(get("/dossiers/{code}", code).with(me))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Đã nộp, chờ tiếp nhận"),
                                containsString("Rút hồ sơ"),
                                not(containsString("Gửi hồ sơ</button>")))));
        mvc.perform(get("/dossiers/{code}", code).with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/officer/dossiers").with(clerk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        mvc.perform(get("/officer/dossiers/{code}", code).with(people.session(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/officer/dossiers/{code}", code).with(clerk))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lê Minh An"), containsString("Tiếp nhận"))));

        mvc.perform(post("/officer/dossiers/{code}/receive", code).with(clerk).with(csrf()))
                .andExpect(redirectedUrl("/officer/dossiers/" + code))
                .andExpect(flash().attribute(
                                "done",
                                "Đã tiếp nhận hồ sơ " + code + "; giấy tiếp nhận và hẹn trả kết quả đã sẵn sàng."));
        mvc.perform(get("/officer/dossiers/{code}/forms/RECEIPT.pdf", code).with(clerk))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/dossiers/{code}", code).with(me))
                .andExpect(content()
                        .string(allOf(
                                containsString("Đã tiếp nhận"),
                                containsString("/dossiers/" + code + "/forms/RECEIPT.pdf"))));
        mvc.perform(get("/dossiers/{code}/forms/RECEIPT.pdf", code).with(me))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/dossiers/{code}/forms/CONTROL_SHEET.pdf", code).with(me))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officer/dossiers/{code}/not-accept", code)
                        .with(clerk)
                        .with(csrf())
                        .param("reason", "x"))
                .andExpect(
                        flash().attribute(
                                        "problem",
                                        "Không thể thực hiện bước Từ chối tiếp nhận khi hồ sơ đang ở trạng thái Đã tiếp nhận."));
    }

    @Test
    void theClerkReceivesManyAtOnceAndSeesEachOutcome() throws Exception {
        String code = submittedFromThePages(verifiedResident());
        mvc.perform(post("/officer/dossiers/bulk")
                        .with(people.session(DemoPeople.HOAN_KIEM_CLERK))
                        .with(csrf())
                        .param("action", "RECEIVE")
                        .param("codes", code, "HS-KHONG-CO"))
                .andExpect(redirectedUrl("/officer/dossiers"))
                .andExpect(flash().attribute(
                                "outcome",
                                Map.of(
                                        code,
                                        "Đã thực hiện",
                                        "HS-KHONG-CO",
                                        "Không tìm thấy hoặc không thuộc đơn vị của bạn")));
    }

    @Test
    void anyoneChecksTheStatusWithTheRightDigitsOnly() throws Exception {
        Account resident = verifiedResident();
        String code = submittedFromThePages(resident);
        String digits = resident.phone().substring(resident.phone().length() - 4);
        String wrong = digits.equals("0000") ? "1111" : "0000";
        mvc.perform(get("/dossiers/status")).andExpect(status().isOk());
        mvc.perform(post("/dossiers/status").with(csrf()).param("code", code).param("phone", digits))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Đã nộp, chờ tiếp nhận"),
                                not(containsString("Lê Thị Mẹ")),
                                not(containsString("Không tìm thấy hồ sơ")))));
        String notFound = "Không tìm thấy hồ sơ với mã và số điện thoại này.";
        mvc.perform(post("/dossiers/status").with(csrf()).param("code", code).param("phone", wrong))
                .andExpect(content().string(allOf(containsString(notFound), not(containsString("chờ tiếp nhận")))));
        mvc.perform(post("/dossiers/status")
                        .with(csrf())
                        .param("code", "HS-KHONG-CO")
                        .param("phone", digits))
                .andExpect(content().string(containsString(notFound)));
    }
}
