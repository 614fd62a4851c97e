package org.opencity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The resident's report form as a browser without JavaScript sends it: every problem at its own field and in the
 * summary, in the resident's language, what they typed kept, their photos held on the server across a correction and
 * sent with the report, and only the chosen category's answers kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportFormTests {

    private static final Pattern KEPT_PHOTO = Pattern.compile("name=\"keptPhoto\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ReportManagement reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private RequestPostProcessor resident() {
        return people.session(DemoPeople.RESIDENT);
    }

    private static MockMultipartFile photo(String name, byte[] content) {
        return new MockMultipartFile("photos", name, "image/png", content);
    }

    private MockMultipartHttpServletRequestBuilder form(String path) {
        MockMultipartHttpServletRequestBuilder form = multipart(path);
        form.with(resident()).with(csrf()).accept(MediaType.TEXT_HTML);
        return form;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static List<String> keptPhotos(MvcResult result) throws Exception {
        Matcher kept = KEPT_PHOTO.matcher(result.getResponse().getContentAsString());
        List<String> ids = new java.util.ArrayList<>();
        while (kept.find()) {
            ids.add(kept.group(1));
        }
        return ids;
    }

    private static String reportNumber(MvcResult result) {
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).startsWith("/reports/PA-");
        return target.substring("/reports/".length());
    }

    @Test
    void eachProblemIsShownAtItsFieldAndInTheSummaryAndWhatWasTypedIsKept() throws Exception {
        MvcResult result = mvc.perform(form("/reports")
                        .param("lat", "21.0287")
                        .param("address", "Trước bưu điện Bờ Hồ")
                        .param("description", "   ")
                        .param("anonymous", "true"))
                .andExpect(status().isOk())
                .andReturn();
        Document page = page(result);

        assertThat(page.select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#categoryCode", "#lat", "#description");
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly("Chọn lĩnh vực của vấn đề", "Cần cả vĩ độ và kinh độ.", "Nhập mô tả vấn đề");
        assertThat(page.selectFirst("#categoryCode-error").text()).contains("Chọn lĩnh vực của vấn đề");
        assertThat(page.selectFirst("#categoryCode").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#categoryCode").attr("aria-describedby")).isEqualTo("categoryCode-error");
        assertThat(page.selectFirst("#lat-error").text()).contains("Cần cả vĩ độ và kinh độ.");
        assertThat(page.selectFirst("#lat").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#description").attr("aria-describedby")).contains("description-error");
        assertThat(page.selectFirst("#photos-error")).isNull();
        // What the resident typed is still there, the coordinates in the page's one format (six decimals).
        assertThat(page.selectFirst("#lat").val()).isEqualTo("21.028700");
        assertThat(page.selectFirst("#address").val()).isEqualTo("Trước bưu điện Bờ Hồ");
        assertThat(page.selectFirst("#anonymous").hasAttr("checked")).isTrue();

        Document typed = page(
                mvc.perform(form("/reports").param("categoryCode", "ROADS").param("description", "Ổ gà sâu giữa đường"))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(typed.select(".error-summary a").eachText())
                .containsExactly("Cần vị trí: tọa độ hoặc địa chỉ có tên phường, xã.");
        assertThat(typed.selectFirst("#categoryCode option[selected]").val()).isEqualTo("ROADS");
        assertThat(typed.selectFirst("#description").text()).isEqualTo("Ổ gà sâu giữa đường");
    }

    @Test
    void errorsAreInTheResidentsLanguage() throws Exception {
        Document page = page(mvc.perform(form("/reports")
                        .param("lang", "en")
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".error-summary h2").text()).isEqualTo("There is a problem");
        assertThat(page.select(".error-summary a").eachText()).containsExactly("Describe the problem");
        // Without JavaScript the server says the place back, coordinates always with six decimals.
        assertThat(page.selectFirst("#place").text())
                .isEqualTo("Chosen place: Phường Hoàn Kiếm (21.028700, 105.852400)");
    }

    @Test
    void aPointOutsideTheCityIsAProblemOfTheLocation() throws Exception {
        Document page = page(mvc.perform(form("/reports")
                        .param("categoryCode", "ROADS")
                        .param("lat", "10.7769")
                        .param("lon", "106.7009")
                        .param("description", "Ổ gà"))
                .andReturn());
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly("Vị trí này nằm ngoài các phường, xã của thành phố.");
        assertThat(page.selectFirst("#place").text()).isEmpty();
    }

    @Test
    void photosAreKeptAcrossACorrectionAndSentWithTheReport() throws Exception {
        MvcResult first = mvc.perform(form("/reports")
                        .file(photo("o-ga.png", TestImages.png(120, 90)))
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", ""))
                .andExpect(status().isOk())
                .andReturn();
        Document page = page(first);
        assertThat(page.select(".error-summary a").eachText()).containsExactly("Nhập mô tả vấn đề");
        assertThat(page.selectFirst("#place").text())
                .isEqualTo("Vị trí đã chọn: Phường Hoàn Kiếm (21.028700, 105.852400)");
        List<String> kept = keptPhotos(first);
        assertThat(kept).hasSize(1);
        assertThat(page.select(".kept-photos li span").text()).isEqualTo("o-ga.png");
        String thumbnail = page.selectFirst(".kept-photos img").attr("src");
        assertThat(thumbnail).isEqualTo("/reports/new/photos/" + kept.get(0));
        assertThat(page.selectFirst(".kept-photos img").attr("alt")).isEqualTo("Ảnh đã chọn: o-ga.png");

        // The thumbnail is for its owner only.
        mvc.perform(get(thumbnail).with(resident()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_JPEG));
        mvc.perform(get(thumbnail).with(people.session(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNotFound());

        MvcResult sent = mvc.perform(form("/reports")
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Ổ gà sâu giữa đường, xe máy dễ ngã")
                        .param("keptPhoto", kept.get(0)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        PublicReport report = reports.publicReport(reportNumber(sent), Locale.ROOT);
        assertThat(report.photos()).hasSize(1);
        assertThat(report.description()).isEqualTo("Ổ gà sâu giữa đường, xe máy dễ ngã");
        // Sent with the report, the held photo is let go.
        assertThat(heldPhotos(kept.get(0))).isZero();
    }

    @Test
    void heldAndNewPhotosGoTogetherAndARemovedOneIsLetGo() throws Exception {
        MvcResult first = mvc.perform(form("/reports")
                        .file(photo("mot.png", TestImages.png(60, 40)))
                        .file(photo("hai.png", TestImages.png(40, 60)))
                        .param("categoryCode", "LIGHTING")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524"))
                .andReturn();
        List<String> kept = keptPhotos(first);
        assertThat(kept).hasSize(2);

        MvcResult sent = mvc.perform(form("/reports")
                        .file(photo("ba.png", TestImages.png(50, 50)))
                        .param("categoryCode", "LIGHTING")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Đèn đường tắt cả tuần")
                        .param("keptPhoto", kept.get(0), kept.get(1))
                        .param("removePhoto", kept.get(1)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(reports.publicReport(reportNumber(sent), Locale.ROOT).photos())
                .hasSize(2);
        assertThat(heldPhotos(kept.get(0))).isZero();
        assertThat(heldPhotos(kept.get(1))).isZero();
    }

    @Test
    void aPhotoThatFailsIsReportedOnThePhotoFieldAndTheGoodOneIsKept() throws Exception {
        MvcResult result = mvc.perform(form("/reports")
                        .file(new MockMultipartFile("photos", "giay-to.pdf", "image/png", TestImages.pdf()))
                        .file(photo("o-ga.png", TestImages.png(120, 90)))
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Ổ gà"))
                .andExpect(status().isOk())
                .andReturn();
        Document page = page(result);
        assertThat(page.select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#photos");
        assertThat(page.selectFirst("#photos-error").text())
                .contains("Tệp giay-to.pdf không phải ảnh JPEG, PNG, WebP hoặc HEIC hợp lệ.");
        assertThat(page.selectFirst("#photos").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst(".file-upload").hasClass("field--error")).isTrue();
        assertThat(keptPhotos(result)).hasSize(1);
    }

    @Test
    void aPhotoHeldTooLongMustBeChosenAgain() throws Exception {
        List<String> kept = keptPhotos(mvc.perform(form("/reports")
                        .file(photo("o-ga.png", TestImages.png(120, 90)))
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524"))
                .andReturn());
        clock.advance(org.opencity.report.internal.PendingPhotos.HOLD.plusMinutes(1));
        try {
            Document page = page(mvc.perform(form("/reports")
                            .param("categoryCode", "ROADS")
                            .param("lat", "21.0287")
                            .param("lon", "105.8524")
                            .param("description", "Ổ gà")
                            .param("keptPhoto", kept.get(0)))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(page.selectFirst("#photos-error").text()).contains("hãy chọn lại");
        } finally {
            clock.reset();
        }
    }

    @Test
    void onlyTheChosenCategorysAnswersGoWithTheReport() throws Exception {
        MvcResult sent = mvc.perform(form("/reports")
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Ổ gà lớn")
                        .param("attribute[hazard_size]", "large")
                        // Typed under another category (no JavaScript shows them all): not this report's business,
                        // even when it would not pass that category's checks.
                        .param("attribute[water_depth_cm]", "sâu lắm")
                        .param("attribute[waste_kind][]", "household"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String number = reportNumber(sent);
        assertThat(jdbc.sql("""
                        select a.code || '=' || a.value from rpt_report_attribute a join rpt_report r on r.id = a.report_id
                        where r.number = :number""").param("number", number).query(String.class).list())
                .containsExactly("hazard_size=large");
    }

    @Test
    void aWrongAnswerIsShownAtItsQuestionAndEveryAnswerIsKept() throws Exception {
        Document page = page(mvc.perform(form("/reports")
                        .param("categoryCode", "DRAINAGE")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Ngập")
                        .param("attribute[water_depth_cm]", "sâu lắm")
                        .param("attribute[hazard_size]", "medium"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#answer-DRAINAGE-water_depth_cm");
        assertThat(page.select(".error-summary a").text())
                .isEqualTo("Câu trả lời cho \"Độ sâu nước ngập (cm)\" không hợp lệ");
        assertThat(page.selectFirst("#answer-DRAINAGE-water_depth_cm").attr("aria-invalid"))
                .isEqualTo("true");
        // Every group stays on the page without JavaScript, each under its category, with what was typed.
        assertThat(page.select("fieldset[data-category]")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.selectFirst("#answer-ROADS-hazard_size option[selected]")
                        .val())
                .isEqualTo("medium");
    }

    @Test
    void theCheckForSimilarReportsIsPostedAndHoldsThePhotosChosenMeanwhile() throws Exception {
        MvcResult result = mvc.perform(form("/reports/new")
                        .file(photo("o-ga.png", TestImages.png(120, 90)))
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Ổ gà"))
                .andExpect(status().isOk())
                .andReturn();
        Document page = page(result);
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(keptPhotos(result)).hasSize(1);
        assertThat(page.selectFirst("#description").text()).isEqualTo("Ổ gà");
        assertThat(page.select("#nearby-heading, .banner--info[role=status]")).isNotEmpty();
        // The check posts the form (with its photos): nothing of it, the CSRF token least of all, goes in an address.
        assertThat(page.selectFirst("button[formaction=/reports/new]").attr("formmethod"))
                .isEqualTo("post");
        assertThat(page.selectFirst("form[data-upload-progress]").attr("enctype"))
                .isEqualTo("multipart/form-data");
        assertThat(page.selectFirst("form[data-upload-progress]").attr("action"))
                .doesNotContain("_csrf");

        Document without = page(
                mvc.perform(form("/reports/new").param("description", "Ổ gà")).andReturn());
        assertThat(without.select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#categoryCode", "#lat");
    }

    @Test
    void theFormsScriptAsksThePlaceOfAPointInWords() throws Exception {
        mvc.perform(get("/reports/new/place")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .with(resident()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.found").value(true))
                .andExpect(jsonPath("$.text").value("Vị trí đã chọn: Phường Hoàn Kiếm (21.028700, 105.852400)"));
        mvc.perform(get("/reports/new/place")
                        .param("lat", "10.7769")
                        .param("lon", "106.7009")
                        .param("lang", "en")
                        .with(resident()))
                .andExpect(jsonPath("$.found").value(false));
        mvc.perform(get("/reports/new/place").param("lat", "21.0287").param("lon", "105.8524"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theReportPageConfirmsWithTheNumberInTheDesignSystemsComponents() throws Exception {
        MvcResult sent = mvc.perform(form("/reports")
                        .param("categoryCode", "ROADS")
                        .param("lat", "21.0287")
                        .param("lon", "105.8524")
                        .param("description", "Ổ gà trước số 5"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String number = reportNumber(sent);
        Document page =
                page(mvc.perform(get("/reports/{n}", number).with(resident()).flashAttr("submitted", true))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.selectFirst(".banner--success[role=status]").text())
                .startsWith("Đã gửi phản ánh " + number + ".");
        assertThat(page.selectFirst(".report-tags .tag--info").text()).isEqualTo("Đã tiếp nhận");
        assertThat(page.select("dl.summary-list dd").eachText())
                .contains(number, "Phường Hoàn Kiếm (21.028700, 105.852400)")
                .anyMatch(text -> text.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
        assertThat(page.selectFirst("#map").attr("data-points")).isEqualTo(number + "|21.028700|105.852400");
        assertThat(page.selectFirst("#map").attr("data-report-word")).isEqualTo("Phản ánh");

        mvc.perform(post("/reports/{n}/join", number)
                        .with(people.session(DemoPeople.HOAN_KIEM_OFFICER))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute(
                                "done",
                                "Bạn đã tham gia phản ánh " + number + " và sẽ nhận thông báo khi có tiến triển."));
    }

    private int heldPhotos(String id) {
        return jdbc.sql("select count(*) from rpt_pending_photo where id = :id")
                .param("id", UUID.fromString(id))
                .query(Integer.class)
                .single();
    }
}
