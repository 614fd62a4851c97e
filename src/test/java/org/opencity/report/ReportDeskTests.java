package org.opencity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencity.DemoPeople;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.PageQuery;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Officers handle reports of their own unit only; every step follows the life cycle and is audited; the
 * resident rates or reopens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportDeskTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ReportManagement reports;

    @Autowired
    AuditTrail audit;

    @Autowired
    WorkingCalendar calendar;

    private String newReport(String category) {
        return reports.submit(
                        new NewReport(
                                category,
                                "Cần xử lý",
                                ReportApiTests.HOAN_KIEM_LAT,
                                ReportApiTests.HOAN_KIEM_LON,
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

    private MockHttpServletRequestBuilder act(String number, String action, String json) {
        return post("/api/v1/desk/reports/{n}/" + action, number)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    @ParameterizedTest(name = "{0} answering a Hoàn Kiếm ward report gets {1}")
    @CsvSource({
        DemoPeople.HOAN_KIEM_OFFICER + ", 204",
        DemoPeople.OPERATOR + ", 204",
        DemoPeople.CAU_GIAY_OFFICER + ", 403",
        DemoPeople.CONSTRUCTION_OFFICER + ", 403",
        DemoPeople.HOAN_KIEM_CLERK + ", 403",
        DemoPeople.RESIDENT + ", 403"
    })
    void onlyTheUnitsOfficersAndOperatorsActOnAReport(String who, int expected) throws Exception {
        String number = newReport("ROADS");
        mvc.perform(act(number, "answers", "{\"text\": \"Đã kiểm tra\"}").with(people.bearer(who)))
                .andExpect(status().is(expected));
        mvc.perform(get("/api/v1/desk/reports/{n}", number).with(people.bearer(who)))
                .andExpect(status().is(expected == 204 ? 200 : 403));
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        String number = newReport("ROADS");
        mvc.perform(act(number, "answers", "{\"text\": \"x\"}")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/desk/reports")).andExpect(status().isUnauthorized());
    }

    @Test
    void theDeadlineCountsTheCategorysOfficeHours() {
        Instant before = Instant.now();
        String number = newReport("DRAINAGE");
        PublicReport report = reports.publicReport(number, Locale.ROOT);
        Instant earliest = calendar.plusWorkingTime(before.minusSeconds(1), Duration.ofHours(8));
        Instant latest = calendar.plusWorkingTime(Instant.now(), Duration.ofHours(8));
        assertThat(report.dueAt()).isBetween(earliest, latest);
    }

    @Test
    void aReportGoesFromReceivedToResolvedAndTheResidentRatesIt() throws Exception {
        String number = newReport("LIGHTING");
        String officerId = people.id(DemoPeople.HOAN_KIEM_OFFICER).toString();
        mvc.perform(act(number, "assignment", "{\"assigneeId\": \"" + officerId + "\"}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());
        mvc.perform(act(number, "notes", "{\"text\": \"Gọi điện lực\"}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());
        mvc.perform(act(number, "answers", "{\"text\": \"Đã thay bóng đèn\", \"resolve\": true}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/reports/{n}", number))
                .andExpect(jsonPath("$.status", is("RESOLVED")))
                .andExpect(jsonPath("$.timeline[*].kind", hasItem("ASSIGNED")))
                .andExpect(jsonPath("$.timeline[*].kind", not(hasItem("NOTE"))))
                .andExpect(jsonPath("$.timeline[*].text", hasItem("Đã thay bóng đèn")));
        mvc.perform(get("/api/v1/desk/reports/{n}", number).with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(jsonPath("$.fullTimeline[*].kind", hasItem("NOTE")))
                .andExpect(jsonPath("$.assigneeName", is("Trần Thị Bình")));

        mvc.perform(post("/api/v1/reports/{n}/rating", number)
                        .with(people.bearer(DemoPeople.CAU_GIAY_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stars\": 1}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/{n}/rating", number)
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stars\": 6}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports/{n}/rating", number)
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stars\": 4, \"comment\": \"Nhanh\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.rating", is(4)));

        var entries = audit.search(
                        people.actor(DemoPeople.ADMIN),
                        new AuditQuery(null, null, "report", number, null, null),
                        PageQuery.of(0, 20))
                .items();
        assertThat(entries)
                .extracting(e -> e.action())
                .contains("REPORT_ASSIGNED", "REPORT_NOTE_ADDED", "REPORT_RESOLVED");
    }

    @Test
    void aResidentReopensAnUnsolvedProblem() throws Exception {
        String number = newReport("WASTE");
        mvc.perform(act(number, "answers", "{\"text\": \"Đã thu gom\", \"resolve\": true}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/reports/{n}/reopen", number)
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Rác vẫn còn\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("IN_PROGRESS")));
    }

    @Test
    void aTransferMovesTheReportToAnotherUnitsQueue() throws Exception {
        String number = newReport("WATER_SUPPLY");
        mvc.perform(act(number, "transfer", "{\"unitCode\": \"UBND-00070\", \"reason\": \"Đường ống nội khu\"}")
                        .with(people.bearer(DemoPeople.CONSTRUCTION_OFFICER)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/reports/{n}", number))
                .andExpect(jsonPath("$.unitName", is("UBND Phường Hoàn Kiếm")))
                .andExpect(jsonPath("$.status", is("RECEIVED")));
        mvc.perform(act(number, "answers", "{\"text\": \"x\"}").with(people.bearer(DemoPeople.CONSTRUCTION_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/desk/reports")
                        .param("unit", "UBND-00070")
                        .param("size", "200")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].number", hasItem(number)));
        mvc.perform(get("/api/v1/desk/reports")
                        .param("unit", "UBND-00070")
                        .with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRejectedReportTakesNoFurtherSteps() throws Exception {
        String number = newReport("OTHER");
        mvc.perform(act(number, "rejection", "{\"text\": \"Không thuộc thẩm quyền\"}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());
        mvc.perform(act(number, "answers", "{\"text\": \"x\"}").with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/reports/{n}", number))
                .andExpect(jsonPath("$.statusReason", is("Không thuộc thẩm quyền")));
    }

    @Test
    void aDuplicateIsMergedAndItsReporterFollowsTheOriginal() throws Exception {
        String original = newReport("TREES");
        String duplicate = newReport("TREES");
        mvc.perform(act(duplicate, "merge", "{\"into\": \"" + original + "\"}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/reports/{n}", duplicate))
                .andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.duplicateOf", is(original)));
        mvc.perform(get("/api/v1/reports/{n}", original)).andExpect(jsonPath("$.supporters", is(1)));
    }

    @Test
    void aDuplicateCannotBeMergedIntoAReportOfAUnitTheOfficerDoesNotServe() throws Exception {
        String hoanKiem = newReport("TREES");
        String sentOn = newReport("TREES");
        mvc.perform(act(sentOn, "transfer", "{\"unitCode\": \"UBND-00166\", \"reason\": \"Thuộc Cầu Giấy\"}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());
        // Cầu Giấy handles its own report but may not move its reporter onto a Hoàn Kiếm report.
        mvc.perform(act(sentOn, "merge", "{\"into\": \"" + hoanKiem + "\"}")
                        .with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/{n}", sentOn)).andExpect(jsonPath("$.status", is("RECEIVED")));
        mvc.perform(get("/api/v1/reports/{n}", hoanKiem)).andExpect(jsonPath("$.supporters", is(0)));
    }

    @Test
    void assigningToSomeoneOutsideTheUnitIsRefused() throws Exception {
        String number = newReport("ROADS");
        String outsider = people.id(DemoPeople.CAU_GIAY_OFFICER).toString();
        mvc.perform(act(number, "assignment", "{\"assigneeId\": \"" + outsider + "\"}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void overdueReportsCanBeListedAlone() throws Exception {
        String late = newReport("ROADS");
        clock.advance(java.time.Duration.ofDays(30));
        try {
            String fresh = newReport("ROADS");
            mvc.perform(get("/api/v1/desk/reports")
                            .param("overdue", "true")
                            .param("size", "200")
                            .with(people.bearer(DemoPeople.OPERATOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].overdue", org.hamcrest.Matchers.everyItem(is(true))))
                    .andExpect(jsonPath("$.items[*].number", hasItem(late)))
                    .andExpect(jsonPath("$.items[*].number", org.hamcrest.Matchers.not(hasItem(fresh))));
        } finally {
            clock.reset();
        }
    }

    @Test
    void resolvedReportsNobodyRatesAreClosedAfterAWeek() throws Exception {
        String number = newReport("LIGHTING");
        mvc.perform(act(number, "answers", "{\"text\": \"Đã sửa\", \"resolve\": true}")
                        .with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isNoContent());
        clock.advance(java.time.Duration.ofDays(8));
        try {
            reports.closeUnratedResolved(10_000);
        } finally {
            clock.reset();
        }
        mvc.perform(get("/api/v1/reports/{n}", number))
                .andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.timeline[*].kind", hasItem("AUTO_CLOSED")));
    }

    @Autowired
    org.opencity.TestClock clock;
}
