package org.opencity.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.identity.Actor;
import org.opencity.insight.Dashboard;
import org.opencity.insight.DashboardFilterBuilder;
import org.opencity.insight.MonthlyReportEntry;
import org.opencity.insight.MonthlyReports;
import org.opencity.insight.OperationsDashboard;
import org.opencity.insight.ServiceIndex;
import org.opencity.insight.ServiceIndexCard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/insight")
@Tag(
        name = "Insight",
        description = "The Decision 766 service index and ward scorecards (public); the operations dashboard and the"
                + " monthly progress reports (city operators)")
class InsightApiController {

    private final ServiceIndex index;
    private final OperationsDashboard dashboard;
    private final MonthlyReports reports;
    private final CityName cityName;
    private final Clock clock;

    InsightApiController(
            ServiceIndex index, OperationsDashboard dashboard, MonthlyReports reports, CityName cityName, Clock clock) {
        this.index = index;
        this.dashboard = dashboard;
        this.reports = reports;
        this.cityName = cityName;
        this.clock = clock;
    }

    @Operation(
            summary = "The service index (Decision 766) of the city, or of one ward, over a period"
                    + " (default: the last 30 days)")
    @GetMapping("/index")
    ServiceIndexCard index(
            @Parameter(description = "A Hanoi ward code; absent: the city") @RequestParam(required = false) String ward,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        var period = ScorecardPeriod.of(from, to, clock);
        String wardCode = Periods.blankToNull(ward);
        if (unit != null) {
            return index.unit(unit, period.from(), period.to(), locale);
        }
        return wardCode == null
                ? index.city(period.from(), period.to(), cityName.in(locale))
                : index.ward(wardCode, period.from(), period.to());
    }

    @Operation(summary = "Every ward's service index over a period, best first (the public scorecards)")
    @GetMapping("/scorecards")
    List<ServiceIndexCard> scorecards(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var period = ScorecardPeriod.of(from, to, clock);
        return index.wards(period.from(), period.to());
    }

    @Operation(summary = "The operations dashboard's figures (city operators)")
    @GetMapping("/dashboard")
    Dashboard dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) UUID unit,
            Locale locale) {
        LocalDate end = Periods.to(to, clock);
        return dashboard.of(
                DashboardFilterBuilder.builder()
                        .from(Periods.from(from, end))
                        .to(end)
                        .wardCode(Periods.blankToNull(ward))
                        .unitId(unit)
                        .build(),
                locale);
    }

    @Operation(summary = "The archived monthly progress reports, newest first (city operators)")
    @GetMapping("/monthly-reports")
    List<MonthlyReportEntry> monthlyReports() {
        return reports.list();
    }

    @Operation(summary = "Produce a month's report again, replacing its archived one (city operators; audited)")
    @PostMapping("/monthly-reports/{month}")
    ResponseEntity<Void> produce(Actor operator, @PathVariable String month) {
        reports.produce(operator, MonthlyReportFiles.month(month));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A month's report as a PDF (Vietnamese, the platform's document layout)")
    @GetMapping(path = "/monthly-reports/{month}.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String month) {
        return MonthlyReportFiles.pdf(reports, MonthlyReportFiles.month(month));
    }

    @Operation(summary = "A month's report as CSV: one row per indicator and scope, with numerator and denominator")
    @GetMapping(path = "/monthly-reports/{month}.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String month) {
        return MonthlyReportFiles.csv(reports, MonthlyReportFiles.month(month));
    }
}
