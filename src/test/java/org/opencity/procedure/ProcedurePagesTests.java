package org.opencity.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The catalogue pages as a browser without JavaScript uses them, and the administrators' edit page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedurePagesTests {

    // Splitting a household: no other test reads its names.
    static final String EDITED = "1.010038";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ProcedureCatalogue catalogue;

    private RequestPostProcessor signedIn(String login, String... roles) {
        return user(people.id(login).toString()).roles(roles);
    }

    @Test
    void theSearchPageListsResultsWithFiltersAndLifeEvents() throws Exception {
        mvc.perform(get("/procedures").param("q", "khai sinh"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Thủ tục đăng ký khai sinh"),
                                containsString("Có con"),
                                containsString("Lĩnh vực"),
                                containsString("href=\"/procedures/1.001193\""))));
        mvc.perform(get("/procedures").param("event", "A_DEATH").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Death registration"), containsString("aria-current=\"true\""))));
        mvc.perform(get("/procedures").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("start=\"21\"")));
    }

    @Test
    void aProcedurePageShowsEverythingAndTheOnlineLinkOnlyWhenOnline() throws Exception {
        mvc.perform(get("/procedures/{code}", "1.001193"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Nộp hồ sơ trực tuyến"),
                                containsString("/dossiers/new?procedure=1.001193"),
                                containsString("Giấy chứng sinh"),
                                containsString("Miễn phí"),
                                containsString("1 ngày làm việc"),
                                containsString("123/2015/NĐ-CP"),
                                containsString("Tải mẫu tờ khai"))));
        mvc.perform(get("/procedures/{code}", "1.004222").param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Permanent residence registration"),
                                containsString("20,000 dong"),
                                containsString("7 working days"))));
        mvc.perform(get("/procedures/{code}", "2.000815"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/dossiers/new"))))
                .andExpect(content().string(containsString("2.000 đồng")));
        mvc.perform(get("/procedures/{code}", "9.999999")).andExpect(status().isNotFound());
    }

    @Test
    void aMinistryProcedureSaysItIsNotOnlineHereAndWhereToGo() throws Exception {
        mvc.perform(get("/procedures/{code}", WholeCatalogueTests.PASSPORT_CENTRAL))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("OpenCity không nhận hồ sơ trực tuyến cho thủ tục này"),
                                containsString("Nơi thực hiện"),
                                containsString("Cục quản lý xuất nhập cảnh"),
                                containsString("Bộ Công an"),
                                containsString("Cấp bộ, trung ương"),
                                containsString("Danh mục thủ tục quốc gia ghi có nộp trực tuyến"),
                                containsString("https://dichvucong.gov.vn/"),
                                not(containsString("/dossiers/new")),
                                not(containsString("Nội dung yêu cầu")))));
        mvc.perform(get("/procedures/{code}", WholeCatalogueTests.PASSPORT_CENTRAL)
                        .param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1 lang=\"vi\">Cấp hộ chiếu phổ thông ở trong nước"),
                                containsString("(in Vietnamese)"),
                                containsString("Where to go"),
                                containsString("Ministry (national)"),
                                containsString("Not online here"))));
        mvc.perform(get("/procedures/{code}", WholeCatalogueTests.DEFENCE_EXPLOSIVES_TRAINING))
                .andExpect(content().string(containsString("Số 28A, Điện Biên Phủ, Ba Đình, Hà Nội")));
    }

    @Test
    void theSearchPageFiltersByTheMinistryLevel() throws Exception {
        mvc.perform(get("/procedures").param("q", "hộ chiếu").param("level", "MINISTRY"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/procedures/" + WholeCatalogueTests.PASSPORT_CENTRAL + "\""),
                                containsString(
                                        "<option value=\"MINISTRY\" selected=\"selected\">Cấp bộ, trung ương</option>"),
                                containsString("Không nộp trực tuyến tại đây"),
                                not(containsString("href=\"/procedures/1.001456\"")))));
        mvc.perform(get("/procedures")
                        .param("q", "hộ chiếu")
                        .param("level", "MINISTRY")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("(in Vietnamese)")));
    }

    @Test
    void theBlankDeclarationIsATextFileMadeFromTheForm() throws Exception {
        String form = mvc.perform(get("/procedures/{code}/templates/{file}", "1.001193", "to-khai.txt"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).contains("TỜ KHAI", "THỦ TỤC ĐĂNG KÝ KHAI SINH", "Ngày sinh của trẻ", "Nam / Nữ");
        mvc.perform(get("/procedures/{code}/templates/{file}", "1.003677", "to-khai.txt"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorEditsOnAPageAndSeesTheHistory() throws Exception {
        RequestPostProcessor admin = signedIn(DemoPeople.ADMIN, "RESIDENT", "ADMINISTRATOR");
        mvc.perform(get("/admin/procedures/{code}/edit", EDITED).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"documents\"")));
        Procedure before = catalogue.get(EDITED);
        mvc.perform(form(before, "Splitting a household into two", before.version())
                        .with(admin))
                .andExpect(redirectedUrl("/admin/procedures/" + EDITED + "/history"));
        assertThat(catalogue.get(EDITED).nameEn()).isEqualTo("Splitting a household into two");
        assertThat(catalogue.get(EDITED).documents()).isEqualTo(before.documents());
        assertThat(catalogue.get(EDITED).lifeEvents()).isEqualTo(before.lifeEvents());
        mvc.perform(get("/admin/procedures/{code}/history", EDITED).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("nameEn"), containsString("Splitting a household"))));
        mvc.perform(form(before, "Stale", before.version()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác sửa")));
    }

    @Test
    void othersCannotOpenTheAdministratorPages() throws Exception {
        mvc.perform(get("/admin/procedures/{code}/edit", EDITED)
                        .with(signedIn(DemoPeople.HOAN_KIEM_OFFICER, "RESIDENT", "WARD_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/procedures/{code}/history", EDITED).with(signedIn(DemoPeople.RESIDENT, "RESIDENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/procedures/{code}/edit", EDITED)).andExpect(status().is3xxRedirection());
    }

    /** The edit page's form as a browser posts it, filled with the procedure's current values. */
    private MockHttpServletRequestBuilder form(Procedure p, String nameEn, int version) {
        MockHttpServletRequestBuilder request = post("/admin/procedures/{code}/edit", p.code())
                .with(csrf())
                .param("nameVi", p.nameVi())
                .param("nameEn", nameEn)
                .param("fieldCode", p.field().code())
                .param("level", p.level().name())
                .param("implementingUnit", p.implementingUnit())
                .param("unitKind", p.unitKind().name())
                .param("processingTimeText", p.processingTimeText())
                .param("feeText", p.feeText())
                .param("onlineLevel", p.onlineLevel().name())
                .param("legalBasis", p.legalBasis())
                .param("result", p.result())
                .param("minimumIdentityLevel", String.valueOf(p.minimumIdentityLevel()))
                .param("version", String.valueOf(version))
                .param(
                        "documents",
                        p.documents().stream()
                                .map(d -> d.copies() + " | " + d.name()
                                        + (d.templateFile() == null ? "" : " | " + d.templateFile()))
                                .collect(java.util.stream.Collectors.joining("\n")));
        if (p.processingDays() != null) {
            request.param("processingDays", p.processingDays().toString());
        }
        if (p.feeVnd() != null) {
            request.param("feeVnd", p.feeVnd().toString());
        }
        if (p.onlineFeeVnd() != null) {
            request.param("onlineFeeVnd", p.onlineFeeVnd().toString());
        }
        p.lifeEvents().forEach(e -> request.param("lifeEvents", e.code()));
        return request;
    }
}
