package org.opencity.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.opencity.dossier.DossierFigureFilterBuilder;
import org.opencity.dossier.DossierFigures;
import org.opencity.insight.DashboardFilter;
import org.opencity.insight.DashboardFilterBuilder;
import org.opencity.insight.OperationsDashboard;
import org.opencity.insight.internal.HanoiWards;
import org.opencity.platform.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operations dashboard for the city's operators: charts drawn from tables (the tables stay, for screen readers and
 * pages without JavaScript), filters by period, ward and unit, and the lists behind the figures.
 */
@Controller
class DashboardPageController {

    static final int PAGE_SIZE = 50;

    private final OperationsDashboard dashboard;
    private final DossierFigures dossiers;
    private final HanoiWards wards;
    private final Clock clock;

    DashboardPageController(OperationsDashboard dashboard, DossierFigures dossiers, HanoiWards wards, Clock clock) {
        this.dashboard = dashboard;
        this.dossiers = dossiers;
        this.wards = wards;
        this.clock = clock;
    }

    @GetMapping("/operations")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) UUID unit,
            Model model,
            Locale locale) {
        DashboardFilter filter = filter(from, to, ward, unit);
        model.addAttribute("filter", filter);
        model.addAttribute("d", dashboard.of(filter, locale));
        model.addAttribute("wards", wards.all());
        model.addAttribute("units", dashboard.units());
        model.addAttribute("wardName", filter.wardCode() == null ? null : wards.name(filter.wardCode()));
        return "insight/dashboard";
    }

    /** The dossiers behind a dashboard figure: submitted in the period, optionally only the late ones. */
    @GetMapping("/operations/dossiers")
    String dossiers(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) String procedure,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DashboardFilter filter = filter(from, to, ward, unit);
        model.addAttribute("filter", filter);
        model.addAttribute("procedure", Periods.blankToNull(procedure));
        model.addAttribute("late", late);
        model.addAttribute(
                "list",
                dossiers.behind(
                        DossierFigureFilterBuilder.builder()
                                .from(filter.from())
                                .to(filter.to())
                                .wardCode(filter.wardCode())
                                .unitId(filter.unitId())
                                .procedureCode(Periods.blankToNull(procedure))
                                .build(),
                        late,
                        new PageQuery(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("wardName", filter.wardCode() == null ? null : wards.name(filter.wardCode()));
        return "insight/dossiers";
    }

    private DashboardFilter filter(LocalDate from, LocalDate to, String ward, UUID unit) {
        LocalDate end = Periods.to(to, clock);
        String wardCode = Periods.blankToNull(ward);
        if (wardCode != null) {
            wards.require(wardCode);
        }
        return DashboardFilterBuilder.builder()
                .from(Periods.from(from, end))
                .to(end)
                .wardCode(wardCode)
                .unitId(unit)
                .build();
    }
}
