package org.opencity.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.opencity.identity.Actor;
import org.opencity.identity.StaffManagement;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.platform.PageQuery;
import org.opencity.report.OfficerReport;
import org.opencity.report.QueueQuery;
import org.opencity.report.ReportDesk;
import org.opencity.report.ReportStatus;
import org.opencity.report.ReportSummary;
import org.opencity.report.internal.MergeCandidate;
import org.opencity.report.internal.MergeCandidates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's report pages: the unit's queue with deadlines, and one report with its map and every action. The
 * actions themselves are posted to {@link ReportDeskStepPageController}.
 */
@Controller
class ReportDeskPageController {

    private static final Set<ReportStatus> OPEN =
            Set.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS);

    private final ReportDesk desk;
    private final Units units;
    private final StaffManagement staff;
    private final TransferChoices transferChoices;
    private final MergeCandidates mergeCandidates;

    ReportDeskPageController(
            ReportDesk desk,
            Units units,
            StaffManagement staff,
            TransferChoices transferChoices,
            MergeCandidates mergeCandidates) {
        this.desk = desk;
        this.units = units;
        this.staff = staff;
        this.transferChoices = transferChoices;
        this.mergeCandidates = mergeCandidates;
    }

    @GetMapping("/officer/reports")
    String queue(
            Actor officer,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        Set<ReportStatus> statuses = status == null ? OPEN : Set.of(status);
        model.addAttribute(
                "queue",
                desk.queue(
                        officer,
                        new QueueQuery(unit, statuses, null, overdue),
                        new PageQuery(Math.max(0, page), 30),
                        locale));
        model.addAttribute(
                "myUnits",
                officer.assignments().stream()
                        .map(a -> a.unitId())
                        .filter(Objects::nonNull)
                        .distinct()
                        .map(id -> units.byId(id).orElse(null))
                        .filter(Objects::nonNull)
                        .toList());
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ReportStatus.values());
        return "report/desk";
    }

    /**
     * One report. {@code mergeSearch} ({@code words} with {@code mergeQuery}, or {@code nearby}) lists the open
     * reports of the officer's units it could be a duplicate of, on the page and on its map.
     */
    @GetMapping("/officer/reports/{number}")
    String report(
            Actor officer,
            @PathVariable String number,
            @RequestParam(required = false) String mergeSearch,
            @RequestParam(required = false) String mergeQuery,
            Model model,
            Locale locale) {
        OfficerReport report = desk.report(officer, number, locale);
        UnitId unit = new UnitId(report.unitId());
        MergeSearch search = report.report().status().beingHandled()
                ? MergeSearch.run(mergeCandidates, officer, number, mergeSearch, mergeQuery, locale)
                : MergeSearchBuilder.builder().query("").build();
        model.addAttribute("r", report);
        model.addAttribute("colleagues", staff.membersOf(officer, unit));
        model.addAttribute("unitName", units.byId(unit).map(u -> u.name(locale)).orElse(null));
        model.addAttribute("transferGroups", transferChoices.forReport(report, locale));
        model.addAttribute("merge", search);
        model.addAttribute("deskMap", DeskMap.of(report.report(), shownOnMap(search)));
        return "report/desk-report";
    }

    private static List<ReportSummary> shownOnMap(MergeSearch search) {
        return search.searched()
                ? search.candidates().stream().map(MergeCandidate::report).toList()
                : List.of();
    }
}
