package org.opencity.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.dossier.DossierFigureFilterBuilder;
import org.opencity.dossier.DossierFigureRow;
import org.opencity.dossier.DossierFigures;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.report.ReportFigureFilterBuilder;
import org.opencity.report.ReportFigureRow;
import org.opencity.report.ReportFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.StringUtils;

/**
 * The figures against a hand count (InsightFixtures' table), the Decision 766 index of that ward indicator by
 * indicator, the monthly report's PDF read back by pdftotext and its CSV, the pages and the API with their access.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightTests {

    static final LocalDate FROM = InsightFixtures.MONTH.atDay(1);
    static final LocalDate TO = InsightFixtures.MONTH.atEndOfMonth();

    @Autowired
    InsightFixtures fixtures;

    @Autowired
    DossierFigures dossiers;

    @Autowired
    ReportFigures reports;

    @Autowired
    ServiceIndex index;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    MonthlyReports monthlyReports;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void knownData() {
        fixtures.ensure();
        dossiers.refresh();
        reports.refresh();
    }

    @Test
    void dossierAndReportFiguresEqualTheHandCount() {
        DossierFigureRow d = dossiers.total(DossierFigureFilterBuilder.builder()
                .from(FROM)
                .to(TO)
                .wardCode(fixtures.ward().code())
                .build());
        assertThat(d.submitted()).isEqualTo(3);
        assertThat(d.traceable()).isEqualTo(2);
        assertThat(d.withDocuments()).isEqualTo(1);
        assertThat(d.withFee()).isEqualTo(2);
        assertThat(d.paidOnline()).isEqualTo(1);
        assertThat(d.finished()).isEqualTo(2);
        assertThat(d.finishedOnTime()).isEqualTo(1);
        assertThat(d.lateApologised()).isEqualTo(1);
        assertThat(d.resultsSigned()).isEqualTo(1);
        assertThat(d.rated()).isEqualTo(2);
        assertThat(d.satisfied()).isEqualTo(1);
        assertThat(d.meanRating()).isEqualTo(4.0);
        assertThat(d.open()).as("D3 is being handled").isGreaterThanOrEqualTo(1);
        assertThat(d.overdue()).as("D3 was due on 10 March 2025").isGreaterThanOrEqualTo(1);

        ReportFigureRow r = reports.total(ReportFigureFilterBuilder.builder()
                .from(FROM)
                .to(TO)
                .wardCode(fixtures.ward().code())
                .build());
        assertThat(r.received()).isEqualTo(3);
        assertThat(r.resolved()).isEqualTo(2);
        assertThat(r.resolvedOnTime()).isEqualTo(1);
        assertThat(r.meanResolutionHours()).isCloseTo((24 + 14 * 24) / 2.0, within(0.01));
        assertThat(r.meanRating()).isEqualTo(3.0);
        assertThat(r.open()).isGreaterThanOrEqualTo(1);

        // A period that cuts months (split into day rows and month rows) counts the same as the month itself.
        DossierFigureRow across = dossiers.total(DossierFigureFilterBuilder.builder()
                .from(FROM.minusDays(10))
                .to(TO.plusMonths(1))
                .wardCode(fixtures.ward().code())
                .build());
        assertThat(across.submitted()).isEqualTo(3);
        assertThat(across.finished()).isEqualTo(2);
        // Day by day: the received and resolved days of the hand count.
        Map<String, Long> resolvedPerDay = reports
                .by(
                        ReportFigureFilterBuilder.builder()
                                .from(FROM)
                                .to(TO)
                                .wardCode(fixtures.ward().code())
                                .build(),
                        org.opencity.report.ReportDimension.DAY)
                .stream()
                .filter(row -> row.resolved() > 0)
                .collect(Collectors.toMap(ReportFigureRow::key, ReportFigureRow::resolved));
        assertThat(resolvedPerDay).containsExactlyInAnyOrderEntriesOf(Map.of("2025-03-03", 1L, "2025-03-20", 1L));
    }

    @Test
    void aDayWhoseFinishedDossiersAreUnratedAndUndatedIsCounted() {
        fixtures.unratedInApril();
        dossiers.refresh();
        DossierFigureRow april = dossiers.total(DossierFigureFilterBuilder.builder()
                .from(LocalDate.of(2025, 4, 1))
                .to(LocalDate.of(2025, 4, 30))
                .wardCode(fixtures.ward().code())
                .build());
        assertThat(april.submitted()).isEqualTo(1);
        assertThat(april.finished()).isEqualTo(1);
        assertThat(april.finishedOnTime()).as("no due time: not counted on time").isZero();
        assertThat(april.rated()).isZero();
        assertThat(jdbc.sql("select count(*) from dsr_figures_dirty").query(Long.class).single())
                .as("nothing left behind")
                .isZero();
    }

    @Test
    void aChangeIsCountedAfterTheRefreshWithoutTouchingOtherDays() {
        jdbc.sql("update dsr_dossier set phone_last4 = '9999' where code = 'INS-TEST-D3'")
                .update();
        dossiers.refresh();
        try {
            assertThat(ward().value(Indicator.PROGRESS_PUBLIC).numerator()).isEqualTo(3);
        } finally {
            jdbc.sql("update dsr_dossier set phone_last4 = null where code = 'INS-TEST-D3'")
                    .update();
            dossiers.refresh();
        }
        assertThat(ward().value(Indicator.PROGRESS_PUBLIC).numerator()).isEqualTo(2);
    }

    @Test
    void theServiceIndexOfTheConstructedWardIsCountedIndicatorByIndicator() {
        ServiceIndexCard card = ward();
        assertValue(card, Indicator.PROGRESS_PUBLIC, 2, 3, 6 * 2 / 3.0);
        assertValue(card, Indicator.ON_TIME, 1, 2, 8);
        assertValue(card, Indicator.LATE_APOLOGISED, 1, 1, 4);
        assertValue(card, Indicator.DOSSIERS_FULLY_ONLINE, 2, 3, 8 * 2 / 3.0);
        assertValue(card, Indicator.FEES_PAID_ONLINE, 1, 2, 3);
        assertValue(card, Indicator.DOSSIER_SATISFACTION, 1, 2, 5);
        assertValue(card, Indicator.REPORTS_ON_TIME, 1, 2, 2);
        assertValue(card, Indicator.REPORT_RATING, 6, 10, 2.4);
        assertValue(card, Indicator.RESULTS_ELECTRONIC, 1, 2, 5);
        assertValue(card, Indicator.INPUTS_DIGITISED, 1, 3, 2);
        var wardProcedures = catalogue.all().stream()
                .filter(p -> p.level() == ProcedureLevel.WARD)
                .toList();
        long complete =
                wardProcedures.stream().filter(InsightTests::publishedInFull).count();
        long online = wardProcedures.stream().filter(Procedure::onlineCapable).count();
        long withFee = wardProcedures.stream()
                .filter(p -> p.feeVnd() != null && p.feeVnd() > 0)
                .count();
        long payable = wardProcedures.stream()
                .filter(p -> p.feeVnd() != null && p.feeVnd() > 0 && p.onlineCapable())
                .count();
        assertValue(
                card,
                Indicator.CATALOGUE_COMPLETE,
                complete,
                wardProcedures.size(),
                6.0 * complete / wardProcedures.size());
        assertValue(
                card, Indicator.PROCEDURES_ONLINE, online, wardProcedures.size(), 4.0 * online / wardProcedures.size());
        if (withFee > 0) {
            assertValue(card, Indicator.PROCEDURES_PAYABLE_ONLINE, payable, withFee, 4.0 * payable / withFee);
        }
        assertThat(card.value(Indicator.NATIONAL_PORTAL_SYNC).state()).isEqualTo(IndicatorValue.State.NOT_MEASURABLE);
        assertThat(card.value(Indicator.DATA_REUSED).state()).isEqualTo(IndicatorValue.State.NOT_MEASURABLE);
        assertThat(card.value(Indicator.DATA_REUSED).points()).isNull();

        double points = card.values().stream()
                .filter(IndicatorValue::measured)
                .mapToDouble(IndicatorValue::points)
                .sum();
        assertThat(card.measurablePoints())
                .as("100 less the two unmeasurable indicators")
                .isEqualTo(88);
        assertThat(card.points()).isCloseTo(points, within(1e-9));
        assertThat(card.percent()).isCloseTo(points * 100 / 88, within(1e-9));
        assertThat(card.band()).isEqualTo(Band.of(card.percent()));
        assertThat(card.groupPoints(IndicatorGroup.TIMELINESS)).isCloseTo(12, within(1e-9));

        // The scorecards compute every ward at once: the same card for this ward.
        ServiceIndexCard ranked = index.wards(FROM, TO).stream()
                .filter(c -> c.subject().equals(fixtures.ward().code()))
                .findFirst()
                .orElseThrow();
        assertThat(ranked.points()).isCloseTo(card.points(), within(1e-9));
        // And the monthly trend computes it month by month: March 2025 again.
        ServiceIndexCard march = index.trend(fixtures.ward().code(), InsightFixtures.MONTH, 3, "Hà Nội")
                .get(2);
        assertThat(march.points()).isCloseTo(card.points(), within(1e-9));
    }

    @Test
    void theMonthlyReportPdfCarriesTheFiguresAndTheCsvTheFormulas() throws Exception {
        monthlyReports.produce(people.actor(DemoPeople.OPERATOR), InsightFixtures.MONTH);
        byte[] pdf = monthlyReports.pdf(InsightFixtures.MONTH);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = pdfToText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("BÁO CÁO TIẾN ĐỘ THÁNG 03/2025");
        assertThat(text).contains("Tỷ lệ giải quyết đúng hạn");
        assertThat(text).contains("Giải quyết đúng hạn");
        assertThat(text).contains(fixtures.ward().name());
        assertThat(text).contains("chưa đo được");
        assertThat(text).contains("Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia");
        assertThat(text)
                .as("the ward's on-time indicator: 8 of 16 points, 1 of 2 dossiers")
                .contains("8 / 16 (1/2)");

        String csv = monthlyReports.csv(InsightFixtures.MONTH);
        assertThat(csv).startsWith("month,scope,scope_name,indicator,value,numerator,denominator,points,max_points");
        assertThat(csv)
                .contains("2025-03,ward:" + fixtures.ward().code() + ","
                        + fixtures.ward().name() + ",766:ON_TIME,0.5000,1,2,8.0000,16");
        assertThat(csv).contains(",766:DATA_REUSED,NOT_MEASURABLE,,,,6");

        // The operators were told, in their inbox.
        Long told = jdbc.sql("""
                        select count(*) from ntf_inbox
                        where account_id = :operator and source_event like 'monthly-report:2025-03:%'""")
                .param("operator", people.id(DemoPeople.OPERATOR).value())
                .query(Long.class)
                .single();
        assertThat(told).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDashboardFiltersByWardAndDrillsDownToTheDossiers() throws Exception {
        String ward = fixtures.ward().code();
        mvc.perform(get("/operations")
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .param("ward", ward)
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-figure=\"dossiers-submitted\">3<")))
                .andExpect(content().string(containsString("data-figure=\"reports-received\">3<")))
                .andExpect(content().string(containsString("<caption>")))
                .andExpect(content().string(containsString("/operations/dossiers?from=2025-03-01")));
        mvc.perform(get("/operations/dossiers")
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .param("ward", ward)
                        .param("late", "true")
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("INS-TEST-D2")))
                .andExpect(content().string(containsString("INS-TEST-D3")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("INS-TEST-D1"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Người thử"))));
        mvc.perform(get("/operations").with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/operations")
                        .param("from", "2025-03-10")
                        .param("to", "2025-03-01")
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/insight/dashboard")
                        .param("from", "2025-03-10")
                        .param("to", "2025-03-01")
                        .with(people.bearer(DemoPeople.OPERATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Khoảng thời gian không hợp lệ")));
        mvc.perform(get("/api/v1/insight/dashboard")
                        .param("ward", ward)
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .with(people.bearer(DemoPeople.OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dossiers.submitted").value(3))
                .andExpect(jsonPath("$.reports.resolvedOnTime").value(1));
        mvc.perform(get("/api/v1/insight/dashboard").with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenDossierDatasetSuppressesSmallGroups() throws Exception {
        var started = mvc.perform(get("/data/download/ho-so-thu-tuc-theo-don-vi-thang-csv"))
                .andReturn();
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                        started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("month,unit_code,unit_name,procedure_code,procedure_name,submitted,finished,");
        var march = csv.lines()
                .filter(line -> line.startsWith("2025-03,")
                        && line.contains(fixtures.fullyOnline().code()))
                .toList();
        assertThat(march).isNotEmpty();
        // Two dossiers: below the threshold of 5, so nothing but the group and "suppressed".
        assertThat(march).allSatisfy(line -> assertThat(line).endsWith(",,,,,,,,true"));
        assertThat(csv).doesNotContain("Người thử");
    }

    @Test
    void theScorecardsArePublicAndRankEveryWard() throws Exception {
        String ward = fixtures.ward().code();
        mvc.perform(get("/scorecards").param("from", FROM.toString()).param("to", TO.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixtures.ward().name())))
                .andExpect(content().string(containsString("map-points")));
        mvc.perform(get("/scorecards/" + ward).param("from", FROM.toString()).param("to", TO.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-indicator=\"ON_TIME\"")))
                .andExpect(content().string(containsString("Chưa đo được")))
                .andExpect(content().string(containsString("50,0")));
        mvc.perform(get("/scorecards/99999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insight/scorecards")
                        .param("from", FROM.toString())
                        .param("to", TO.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(index.wards(FROM, TO).size()));
        mvc.perform(get("/api/v1/insight/index")
                        .param("ward", ward)
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurablePoints").value(88))
                .andExpect(jsonPath("$.values[3].indicator").value("ON_TIME"))
                .andExpect(jsonPath("$.values[3].numerator").value(1));
        mvc.perform(get("/api/v1/insight/index")
                        .param("unit", fixtures.unit().id().value().toString())
                        .param("from", FROM.toString())
                        .param("to", TO.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[3].numerator").value(1))
                .andExpect(jsonPath("$.values[3].denominator").value(2));
        mvc.perform(get("/api/v1/insight/index").param("unit", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insight/index").param("from", "yesterday")).andExpect(status().isBadRequest());
    }

    @Test
    void monthlyReportsAreTheOperatorsAndRefuseMonthsNotEnded() throws Exception {
        mvc.perform(get("/operations/reports").with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/operations/reports").with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/monthly-reports/2019-01.pdf").with(people.bearer(DemoPeople.OPERATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insight/monthly-reports/janvier.pdf").with(people.bearer(DemoPeople.OPERATOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/insight/monthly-reports/2999-01").with(people.bearer(DemoPeople.OPERATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Tháng không hợp lệ")));
        mvc.perform(post("/operations/reports")
                        .param("month", "2999-01")
                        .with(csrf())
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().is3xxRedirection());
    }

    private ServiceIndexCard ward() {
        return index.ward(fixtures.ward().code(), FROM, TO);
    }

    private static void assertValue(
            ServiceIndexCard card, Indicator indicator, long numerator, long denominator, double points) {
        IndicatorValue value = card.value(indicator);
        assertThat(value.state()).as(indicator.name()).isEqualTo(IndicatorValue.State.MEASURED);
        assertThat(value.numerator()).as(indicator.name()).isEqualTo(numerator);
        assertThat(value.denominator()).as(indicator.name()).isEqualTo(denominator);
        assertThat(value.points()).as(indicator.name()).isCloseTo(points, within(1e-9));
    }

    private static boolean publishedInFull(Procedure p) {
        boolean time = p.processingDays() != null || StringUtils.hasText(p.processingTimeText());
        boolean fee = p.feeVnd() != null || StringUtils.hasText(p.feeText());
        return !p.documents().isEmpty() && time && fee && StringUtils.hasText(p.legalBasis());
    }

    static String pdfToText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("monthly", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            byte[] out = new ByteArrayInputStream(process.getInputStream().readAllBytes()).readAllBytes();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
