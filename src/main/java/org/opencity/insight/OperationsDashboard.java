package org.opencity.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencity.dossier.DossierDimension;
import org.opencity.dossier.DossierFigureFilter;
import org.opencity.dossier.DossierFigureFilterBuilder;
import org.opencity.dossier.DossierFigureRow;
import org.opencity.dossier.DossierFigureRowBuilder;
import org.opencity.dossier.DossierFigures;
import org.opencity.engagement.PollFigures;
import org.opencity.hotline.CallFigures;
import org.opencity.hotline.HotlineFigures;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.insight.internal.HanoiWards;
import org.opencity.insight.internal.ProcedureScope;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.opencity.queue.PointDayFigures;
import org.opencity.queue.QueueFigures;
import org.opencity.report.Category;
import org.opencity.report.ReportDimension;
import org.opencity.report.ReportFigureFilter;
import org.opencity.report.ReportFigureFilterBuilder;
import org.opencity.report.ReportFigureRow;
import org.opencity.report.ReportFigureRowBuilder;
import org.opencity.report.ReportFigures;
import org.opencity.report.ReportManagement;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Service;

/** Assembles the operations dashboard from the figures each module keeps, with names in the reader's language. */
@Service
public class OperationsDashboard {

    /** Groups with the largest backlog first, then the most received: where attention goes. */
    private static final Comparator<ReportFigureRow> BUSIEST_REPORTS = Comparator.comparingLong(ReportFigureRow::open)
            .thenComparingLong(ReportFigureRow::received)
            .reversed()
            .thenComparing(ReportFigureRow::key);

    private static final Comparator<DossierFigureRow> BUSIEST_DOSSIERS = Comparator.comparingLong(
                    DossierFigureRow::open)
            .thenComparingLong(DossierFigureRow::submitted)
            .reversed()
            .thenComparing(DossierFigureRow::key);

    /** The procedures chart shows the busiest ones; the rest are in the drill-down list. */
    static final int TOP_PROCEDURES = 20;

    private final ReportFigures reports;
    private final DossierFigures dossiers;
    private final HotlineFigures hotline;
    private final QueueFigures queues;
    private final PollFigures polls;
    private final ReportManagement reportCatalogue;
    private final ProcedureCatalogue procedures;
    private final ProcedureScope procedureScope;
    private final Units units;
    private final HanoiWards wards;

    OperationsDashboard(
            ReportFigures reports,
            DossierFigures dossiers,
            HotlineFigures hotline,
            QueueFigures queues,
            PollFigures polls,
            ReportManagement reportCatalogue,
            ProcedureCatalogue procedures,
            ProcedureScope procedureScope,
            Units units,
            HanoiWards wards) {
        this.reports = reports;
        this.dossiers = dossiers;
        this.hotline = hotline;
        this.queues = queues;
        this.polls = polls;
        this.reportCatalogue = reportCatalogue;
        this.procedures = procedures;
        this.procedureScope = procedureScope;
        this.units = units;
        this.wards = wards;
    }

    public Dashboard of(DashboardFilter filter, Locale locale) {
        if (filter.wardCode() != null) {
            wards.require(filter.wardCode());
        }
        ReportFigureFilter reportFilter = ReportFigureFilterBuilder.builder()
                .from(filter.from())
                .to(filter.to())
                .wardCode(filter.wardCode())
                .unitId(filter.unitId())
                .build();
        DossierFigureFilter dossierFilter = DossierFigureFilterBuilder.builder()
                .from(filter.from())
                .to(filter.to())
                .wardCode(filter.wardCode())
                .unitId(filter.unitId())
                .build();
        List<DossierFigureRow> byProcedure = dossiers.by(dossierFilter, DossierDimension.PROCEDURE);
        var fullyOnline = procedureScope.coverage(ProcedureScope.city()).fullyOnline();
        boolean cityWide = filter.wardCode() == null && filter.unitId() == null;
        LocalDate callsFrom =
                filter.to().minusDays(30).isAfter(filter.from()) ? filter.to().minusDays(30) : filter.from();
        List<PointDayFigures> tickets = cityWide ? queueDays(filter) : List.of();
        long ticketCount = tickets.stream().mapToLong(PointDayFigures::tickets).sum();
        return DashboardBuilder.builder()
                .filter(filter)
                .reports(reports.total(reportFilter))
                .reportsOverTime(everyPeriod(
                        filter,
                        reports.by(reportFilter, filter.daily() ? ReportDimension.DAY : ReportDimension.MONTH),
                        ReportFigureRow::key,
                        key -> ReportFigureRowBuilder.builder().key(key).build()))
                .reportsByWard(named(
                        sorted(reports.by(reportFilter, ReportDimension.WARD), BUSIEST_REPORTS),
                        ReportFigureRow::key,
                        wards::name))
                .reportsByCategory(named(
                        reports.by(reportFilter, ReportDimension.CATEGORY),
                        ReportFigureRow::key,
                        categoryNames(locale)))
                .dossiers(dossiers.total(dossierFilter))
                .fullyOnlineDossiers(byProcedure.stream()
                        .filter(row -> fullyOnline.contains(row.key()))
                        .mapToLong(DossierFigureRow::submitted)
                        .sum())
                .dossiersOverTime(everyPeriod(
                        filter,
                        dossiers.by(dossierFilter, filter.daily() ? DossierDimension.DAY : DossierDimension.MONTH),
                        DossierFigureRow::key,
                        key -> DossierFigureRowBuilder.builder().key(key).build()))
                .dossiersByUnit(named(
                        sorted(dossiers.by(dossierFilter, DossierDimension.UNIT), BUSIEST_DOSSIERS),
                        DossierFigureRow::key,
                        key -> unitName(key, locale)))
                .dossiersByProcedure(named(
                        byProcedure.stream()
                                .sorted(Comparator.comparingLong(DossierFigureRow::submitted)
                                        .reversed())
                                .limit(TOP_PROCEDURES)
                                .toList(),
                        DossierFigureRow::key,
                        key -> procedureName(key, locale)))
                .calls(cityWide ? calls(callsFrom, filter.to()) : null)
                .callsFrom(callsFrom)
                .queueTickets(cityWide ? ticketCount : null)
                .queueMeanWaitMinutes(cityWide ? meanWaitMinutes(tickets) : null)
                .polls(cityWide
                        ? polls.openBetween(
                                filter.from().atStartOfDay(WorkingCalendar.VIETNAM).toInstant(),
                                filter.to().plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant())
                        : List.of())
                .build();
    }

    /** The handling units, for the filter's list: wards' committees and centres, and the city's departments. */
    public List<Unit> units() {
        return units.list(null, null);
    }

    private CallFigures calls(LocalDate from, LocalDate to) {
        return hotline.between(
                from.atStartOfDay(WorkingCalendar.VIETNAM).toInstant(),
                to.plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant());
    }

    private List<PointDayFigures> queueDays(DashboardFilter filter) {
        LocalDate from = ChronoUnit.DAYS.between(filter.from(), filter.to()) > 365
                ? filter.to().minusDays(365)
                : filter.from();
        return queues.between(from, filter.to());
    }

    private static Double meanWaitMinutes(List<PointDayFigures> days) {
        double weighted = 0;
        long counted = 0;
        for (PointDayFigures day : days) {
            if (day.averageWaitSeconds() != null) {
                weighted += day.averageWaitSeconds() * day.tickets();
                counted += day.tickets();
            }
        }
        return counted == 0 ? null : weighted / counted / 60.0;
    }

    private Function<String, String> categoryNames(Locale locale) {
        Map<String, Category> byCode =
                reportCatalogue.categories().stream().collect(Collectors.toMap(Category::code, c -> c, (a, b) -> a));
        boolean english = "en".equals(locale.getLanguage());
        return code -> {
            Category category = byCode.get(code);
            return category == null ? code : english ? category.nameEn() : category.nameVi();
        };
    }

    private String unitName(String id, Locale locale) {
        try {
            return units.byId(new UnitId(UUID.fromString(id)))
                    .map(unit -> unit.name(locale))
                    .orElse(id);
        } catch (IllegalArgumentException notAnId) {
            return id;
        }
    }

    private String procedureName(String code, Locale locale) {
        return procedures
                .find(new ProcedureCode(code))
                .map(p -> "en".equals(locale.getLanguage()) && p.nameEn() != null ? p.nameEn() : p.nameVi())
                .orElse(code);
    }

    /** Every day (or month) of the period, those with nothing counted as zeros: a chart over time has no gaps. */
    static <T> List<T> everyPeriod(
            DashboardFilter filter, List<T> rows, Function<T, String> key, Function<String, T> empty) {
        Map<String, T> byKey = rows.stream().collect(Collectors.toMap(key, row -> row, (a, b) -> a));
        List<T> all = new ArrayList<>();
        if (filter.daily()) {
            for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
                all.add(byKey.getOrDefault(day.toString(), empty.apply(day.toString())));
            }
        } else {
            YearMonth last = YearMonth.from(filter.to());
            for (var month = YearMonth.from(filter.from()); !month.isAfter(last); month = month.plusMonths(1)) {
                all.add(byKey.getOrDefault(month.toString(), empty.apply(month.toString())));
            }
        }
        return all;
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        return rows.stream().sorted(order).toList();
    }

    private static <T> List<Named<T>> named(List<T> rows, Function<T, String> key, Function<String, String> name) {
        return rows.stream()
                .map(row -> new Named<>(key.apply(row), name.apply(key.apply(row)), row))
                .toList();
    }
}
