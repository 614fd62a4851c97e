package org.opencity.dossier;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one-stop desk's pages read on a phone (stacked tables, status tags), mark the steps that turn an applicant
 * away as destructive, and confirm each step with the dossier's code and what was asked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierDeskPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TestDossiers dossiers;

    private RequestPostProcessor clerk() {
        return people.session(DemoPeople.HOAN_KIEM_CLERK);
    }

    @Test
    void theQueueIsATableThatStacksOnAPhoneWithTags() throws Exception {
        String code = dossiers.submitted(dossiers.verifiedResident());
        mvc.perform(get("/officer/dossiers").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"table--stack\""),
                                containsString("data-label=\"Mã hồ sơ\""),
                                containsString("data-label=\"Hẹn trả kết quả\""),
                                containsString(code),
                                containsString("class=\"tag tag--info\">Đã nộp, chờ tiếp nhận"))));
    }

    @Test
    void aSubmittedDossierOffersReceiptFirstAndMarksTheRefusalsAsDestructive() throws Exception {
        String code = dossiers.submitted(dossiers.verifiedResident());
        mvc.perform(get("/officer/dossiers/{code}", code).with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"summary-list\""),
                                containsString("class=\"button--destructive danger\">Từ chối tiếp nhận"),
                                containsString("class=\"button--destructive danger\">Yêu cầu bổ sung"),
                                not(containsString("class=\"button--destructive danger\">Tiếp nhận")))));
    }

    @Test
    void eachStepIsConfirmedWithTheDossiersCode() throws Exception {
        String received = dossiers.submitted(dossiers.verifiedResident());
        mvc.perform(post("/officer/dossiers/{code}/receive", received)
                        .with(clerk())
                        .with(csrf()))
                .andExpect(redirectedUrl("/officer/dossiers/" + received))
                .andExpect(flash().attribute(
                                "done",
                                "Đã tiếp nhận hồ sơ " + received + "; giấy tiếp nhận và hẹn trả kết quả đã sẵn sàng."));

        String returned = dossiers.submitted(dossiers.verifiedResident());
        mvc.perform(post("/officer/dossiers/{code}/return-for-supplement", returned)
                        .with(clerk())
                        .with(csrf())
                        .param("reason", "Bản sao giấy chứng sinh có chứng thực"))
                .andExpect(flash().attribute(
                                "done",
                                "Đã yêu cầu bổ sung hồ sơ " + returned + ": Bản sao giấy chứng sinh có chứng thực"));
        mvc.perform(get("/officer/dossiers/{code}", returned)
                        .with(clerk())
                        .flashAttr("done", "Đã yêu cầu bổ sung hồ sơ " + returned))
                .andExpect(content()
                        .string(allOf(
                                containsString("banner banner--success"),
                                containsString("class=\"tag tag--warning\">Cần bổ sung"))));
    }

    @Test
    void theOfficersHomeCountsTheDossiersAtTheirDesk() throws Exception {
        dossiers.submitted(dossiers.verifiedResident());
        mvc.perform(get("/officer").with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("hồ sơ đang giải quyết"),
                                not(containsString("phản ánh đang chờ xử lý")))));
    }
}
