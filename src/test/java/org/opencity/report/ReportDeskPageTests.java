package org.opencity.report;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officer's report page picks instead of asking for codes: a unit by its name, the original of a duplicate
 * from a search by number, words or place; every action is confirmed in words that name the report and whom or
 * where it went to; and the merge search lists only reports the officer serves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportDeskPageTests {

    /** About 25 m north-east of {@link ReportApiTests#HOAN_KIEM_LAT}: the same place for a passer-by. */
    private static final double NEXT_DOOR_LAT = ReportApiTests.HOAN_KIEM_LAT + 0.0002;

    private static final double NEXT_DOOR_LON = ReportApiTests.HOAN_KIEM_LON + 0.0001;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ReportManagement reports;

    @Autowired
    ReportDesk desk;

    @Autowired
    AuditTrail audit;

    private String report(String category, String description, double lat, double lon) {
        return reports.submit(
                        new NewReport(
                                category,
                                description,
                                lat,
                                lon,
                                null,
                                false,
                                ReportSource.WEB,
                                people.id(DemoPeople.RESIDENT),
                                null,
                                null,
                                List.of()),
                        Locale.ROOT)
                .number();
    }

    /** A made-up word no other report has, so a search finds exactly the reports of one test. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("kiểm");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }

    private RequestPostProcessor hoanKiemOfficer() {
        return people.session(DemoPeople.HOAN_KIEM_OFFICER);
    }

    @Test
    void theTransferPickerListsUnitsByNameGroupedByKind() throws Exception {
        String number = report("ROADS", "Vỉa hè vỡ", ReportApiTests.HOAN_KIEM_LAT, ReportApiTests.HOAN_KIEM_LON);
        mvc.perform(get("/officer/reports/{n}", number).with(hoanKiemOfficer()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<select id=\"unitCode\" name=\"unitCode\""),
                                containsString("label=\"Sở, ngành thành phố\""),
                                containsString("label=\"UBND phường, xã\""),
                                containsString(">UBND Phường Cầu Giấy</option>"),
                                containsString(">Sở Xây dựng</option>"),
                                not(containsString("<input id=\"unitCode\"")),
                                not(containsString(">UBND-00166<")))));
        mvc.perform(get("/officer/reports/{n}", number).with(hoanKiemOfficer()).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString(">People&#39;s Committee of Phường Cầu Giấy</option>")));
    }

    @Test
    void aTransferIsConfirmedWithTheUnitsNameAndTheOfficerGoesBackToTheQueue() throws Exception {
        String number = report("ROADS", "Nắp hố ga hỏng", ReportApiTests.HOAN_KIEM_LAT, ReportApiTests.HOAN_KIEM_LON);
        mvc.perform(post("/officer/reports/{n}/transfer", number)
                        .with(hoanKiemOfficer())
                        .with(csrf())
                        .param("unitCode", "UBND-00166")
                        .param("reason", "Thuộc địa bàn phường Cầu Giấy"))
                .andExpect(redirectedUrl("/officer/reports"))
                .andExpect(flash().attribute("done", "Đã chuyển phản ánh " + number + " cho UBND Phường Cầu Giấy."));
        assertThat(reports.publicReport(number, Locale.ROOT).unitName()).isEqualTo("UBND Phường Cầu Giấy");
    }

    @Test
    void assignmentsAndRejectionsAreConfirmedWithTheReportAndThePerson() throws Exception {
        String number =
                report("LIGHTING", "Đèn tắt cả dãy", ReportApiTests.HOAN_KIEM_LAT, ReportApiTests.HOAN_KIEM_LON);
        mvc.perform(post("/officer/reports/{n}/assign", number)
                        .with(hoanKiemOfficer())
                        .with(csrf())
                        .param(
                                "assignee",
                                people.id(DemoPeople.HOAN_KIEM_OFFICER).toString()))
                .andExpect(flash().attribute("done", "Đã giao phản ánh " + number + " cho Trần Thị Bình."));
        mvc.perform(get("/officer/reports/{n}", number)
                        .with(hoanKiemOfficer())
                        .flashAttr("done", "Đã giao phản ánh " + number + " cho Trần Thị Bình."))
                .andExpect(content()
                        .string(allOf(
                                containsString("banner banner--success"),
                                containsString("Đã giao phản ánh " + number + " cho Trần Thị Bình."),
                                containsString("class=\"tag tag--info\""))));
        mvc.perform(post("/officer/reports/{n}/reject", number)
                        .with(hoanKiemOfficer())
                        .with(csrf())
                        .param("reason", "Không thuộc phạm vi xử lý"))
                .andExpect(flash().attribute("done", "Đã từ chối phản ánh " + number + "; người gửi được báo lý do."));
    }

    @Test
    void theMergeSearchFindsAReportByWordsWithoutDiacriticsAndByNumber() throws Exception {
        String word = uniqueWord();
        String original = report(
                "ROADS", "Ổ gà sâu trước cửa hàng " + word, ReportApiTests.HOAN_KIEM_LAT, ReportApiTests.HOAN_KIEM_LON);
        String duplicate = report("ROADS", "Đường hỏng", NEXT_DOOR_LAT, NEXT_DOOR_LON);
        String folded = "o ga " + org.opencity.shared.VietnameseText.fold(word);
        mvc.perform(get("/officer/reports/{n}", duplicate)
                        .param("mergeSearch", "words")
                        .param("mergeQuery", folded)
                        .with(hoanKiemOfficer()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("name=\"into\""),
                                containsString("value=\"" + original + "\""),
                                containsString("Ổ gà sâu trước cửa hàng " + word),
                                containsString("data-label=\"Nơi xảy ra\""),
                                containsString("Gộp " + duplicate + " vào phản ánh đã chọn"))));
        String digits = original.substring(original.lastIndexOf('-') + 1);
        mvc.perform(get("/officer/reports/{n}", duplicate)
                        .param("mergeSearch", "words")
                        .param("mergeQuery", digits)
                        .with(hoanKiemOfficer()))
                .andExpect(content().string(containsString("value=\"" + original + "\"")));
    }

    @Test
    void theNearbySearchListsReportsOfTheSameKindCloseByAndTheMergePostsThePickedNumber() throws Exception {
        // Other tests leave reports at the usual Hoàn Kiếm point; these stand a little apart, about 10 m from
        // each other, so the original is the nearest candidate.
        double lat = ReportApiTests.HOAN_KIEM_LAT - 0.0005;
        double lon = ReportApiTests.HOAN_KIEM_LON - 0.0004;
        String original = report("DRAINAGE", "Cống tắc, nước tràn", lat, lon);
        String otherKind = report("NOISE", "Karaoke " + uniqueWord(), lat, lon);
        String duplicate = report("DRAINAGE", "Ngập trước nhà", lat + 0.00008, lon + 0.00004);
        mvc.perform(get("/officer/reports/{n}", duplicate)
                        .param("mergeSearch", "nearby")
                        .with(hoanKiemOfficer()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"" + original + "\""),
                                not(containsString("value=\"" + otherKind + "\"")),
                                not(containsString("value=\"" + duplicate + "\"")),
                                containsString(" m</td>"),
                                containsString("data-candidates=\"" + original + "|"))));

        mvc.perform(post("/officer/reports/{n}/merge", duplicate)
                        .with(hoanKiemOfficer())
                        .with(csrf())
                        .param("into", original))
                .andExpect(redirectedUrl("/officer/reports/" + duplicate))
                .andExpect(flash().attribute(
                                "done",
                                "Đã gộp phản ánh " + duplicate + " vào " + original
                                        + "; người gửi và người theo dõi " + duplicate + " nay theo dõi " + original
                                        + "."));
        PublicReport merged = reports.publicReport(duplicate, Locale.ROOT);
        assertThat(merged.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(merged.duplicateOf()).isEqualTo(original);
    }

    @Test
    void theMergeSearchShowsOnlyReportsOfTheUnitsTheOfficerServes() throws Exception {
        String word = uniqueWord();
        String hoanKiemReport = report(
                "ROADS", "Sụt lún mặt đường " + word, ReportApiTests.HOAN_KIEM_LAT, ReportApiTests.HOAN_KIEM_LON);
        // Sent on to Cầu Giấy: its officers handle it now, though it lies next to a Hoàn Kiếm report.
        String sentOn = report("ROADS", "Đường lún", NEXT_DOOR_LAT, NEXT_DOOR_LON);
        desk.transfer(people.actor(DemoPeople.HOAN_KIEM_OFFICER), sentOn, "UBND-00166", "Thử phân quyền");
        RequestPostProcessor cauGiay = people.session(DemoPeople.CAU_GIAY_OFFICER);

        for (String query : List.of(word, hoanKiemReport)) {
            mvc.perform(get("/officer/reports/{n}", sentOn)
                            .param("mergeSearch", "words")
                            .param("mergeQuery", query)
                            .with(cauGiay))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Không tìm thấy phản ánh đang xử lý nào phù hợp"),
                                    not(containsString("Sụt lún mặt đường")))));
        }
        // Other reports sent on to Cầu Giấy may lie around the same corner; the Hoàn Kiếm one may not show.
        mvc.perform(get("/officer/reports/{n}", sentOn)
                        .param("mergeSearch", "nearby")
                        .with(cauGiay))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("value=\"" + hoanKiemReport + "\"")),
                                not(containsString("Sụt lún mặt đường")))));
        mvc.perform(get("/officer/reports/{n}", hoanKiemReport)
                        .param("mergeSearch", "words")
                        .param("mergeQuery", word)
                        .with(cauGiay))
                .andExpect(status().isForbidden());

        // Posting the number anyway is refused, said in words, and kept in the audit trail.
        mvc.perform(post("/officer/reports/{n}/merge", sentOn)
                        .with(cauGiay)
                        .with(csrf())
                        .param("into", hoanKiemReport))
                .andExpect(redirectedUrl("/officer/reports/" + sentOn))
                .andExpect(flash().attribute(
                                "problem", "Bạn không có quyền thực hiện thao tác này với hồ sơ của đơn vị khác."));
        assertThat(reports.publicReport(sentOn, Locale.ROOT).status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(audit.search(
                                people.actor(DemoPeople.ADMIN),
                                new AuditQuery(
                                        people.id(DemoPeople.CAU_GIAY_OFFICER).value(),
                                        "ACCESS_REFUSED",
                                        "report",
                                        hoanKiemReport,
                                        null,
                                        null),
                                PageQuery.of(0, 20))
                        .items())
                .isNotEmpty();
    }

    @Test
    void theQueueStacksIntoCardsOnAPhoneWithStatusTags() throws Exception {
        report("TREES", "Cành cây gãy", ReportApiTests.HOAN_KIEM_LAT, ReportApiTests.HOAN_KIEM_LON);
        mvc.perform(get("/officer/reports").with(hoanKiemOfficer()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"table--stack\""),
                                containsString("data-label=\"Mã phản ánh\""),
                                containsString("data-label=\"Hạn xử lý\""),
                                containsString("class=\"tag tag--info\""))));
    }

    @Test
    void theReportPageHasItsMapAndCoordinatesInOneFormat() throws Exception {
        String number = report("WASTE", "Rác tồn đọng", 21.0287, 105.8524);
        mvc.perform(get("/officer/reports/{n}", number).with(hoanKiemOfficer()).locale(Locale.forLanguageTag("vi")))
                .andExpect(content()
                        .string(allOf(
                                containsString("21.028700, 105.852400"),
                                containsString("id=\"desk-map\""),
                                containsString("data-report=\"" + number + "|21.028700|105.852400\""),
                                containsString("data-report-word=\"Phản ánh\""),
                                containsString("/js/desk-map.js"))));
    }

    @Test
    void theOfficersHomeCountsTheirWork() throws Exception {
        mvc.perform(get("/officer").with(hoanKiemOfficer()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("phản ánh đang chờ xử lý"),
                                containsString("class=\"card__icon\""),
                                containsString("href=\"/officer/identity\""))));
    }
}
