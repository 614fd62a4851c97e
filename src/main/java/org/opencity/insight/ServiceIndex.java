package org.opencity.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opencity.dossier.DossierDimension;
import org.opencity.dossier.DossierFigureFilter;
import org.opencity.dossier.DossierFigureFilterBuilder;
import org.opencity.dossier.DossierFigureRow;
import org.opencity.dossier.DossierFigureRowBuilder;
import org.opencity.dossier.DossierFigures;
import org.opencity.geography.Ward;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.UnitKind;
import org.opencity.identity.UnitNotFound;
import org.opencity.identity.Units;
import org.opencity.insight.internal.CatalogueCoverage;
import org.opencity.insight.internal.HanoiWards;
import org.opencity.insight.internal.IndexCalculator;
import org.opencity.insight.internal.ProcedureScope;
import org.opencity.report.ReportDimension;
import org.opencity.report.ReportFigureFilter;
import org.opencity.report.ReportFigureFilterBuilder;
import org.opencity.report.ReportFigureRow;
import org.opencity.report.ReportFigureRowBuilder;
import org.opencity.report.ReportFigures;
import org.springframework.stereotype.Service;

/**
 * The Decision 766 service index, from live figures: for the city, for a ward (its people's committee and public
 * service centre together), for every ward at once (the scorecards), and month by month.
 */
@Service
public class ServiceIndex {

    public static final String CITY = "city";

    private final DossierFigures dossiers;
    private final ReportFigures reports;
    private final ProcedureScope procedures;
    private final HanoiWards wards;
    private final Units units;

    ServiceIndex(
            DossierFigures dossiers,
            ReportFigures reports,
            ProcedureScope procedures,
            HanoiWards wards,
            Units units) {
        this.units = units;
        this.dossiers = dossiers;
        this.reports = reports;
        this.procedures = procedures;
        this.wards = wards;
    }

    public ServiceIndexCard city(LocalDate from, LocalDate to, String cityName) {
        var dossierFilter =
                DossierFigureFilterBuilder.builder().from(from).to(to).build();
        CatalogueCoverage catalogue = procedures.coverage(ProcedureScope.city());
        List<DossierFigureRow> byProcedure = dossiers.by(dossierFilter, DossierDimension.PROCEDURE);
        return IndexCalculator.card(
                CITY,
                cityName,
                from,
                to,
                dossiers.total(dossierFilter),
                fullyOnline(byProcedure, catalogue.fullyOnline()),
                reports.total(
                        ReportFigureFilterBuilder.builder().from(from).to(to).build()),
                catalogue);
    }

    /** One ward's card; an unknown ward code is refused with {@code WardNotFound}. */
    public ServiceIndexCard ward(String wardCode, LocalDate from, LocalDate to) {
        Ward ward = wards.require(wardCode);
        return card(
                ward.code(),
                ward.name(),
                DossierFigureFilterBuilder.builder()
                        .from(from)
                        .to(to)
                        .wardCode(wardCode)
                        .build(),
                ReportFigureFilterBuilder.builder()
                        .from(from)
                        .to(to)
                        .wardCode(wardCode)
                        .build(),
                procedures.coverage(ProcedureScope.ward()));
    }

    /**
     * One handling unit's card: a city department answers for the city-level procedures, a ward's committee or
     * centre for the ward-level ones. An unknown unit is refused with {@code UnitNotFound}.
     */
    public ServiceIndexCard unit(UUID unitId, LocalDate from, LocalDate to, Locale locale) {
        Unit unit = units.byId(new UnitId(unitId)).orElseThrow(() -> new UnitNotFound(unitId.toString()));
        return card(
                unitId.toString(),
                unit.name(locale),
                DossierFigureFilterBuilder.builder()
                        .from(from)
                        .to(to)
                        .unitId(unitId)
                        .build(),
                ReportFigureFilterBuilder.builder()
                        .from(from)
                        .to(to)
                        .unitId(unitId)
                        .build(),
                procedures.coverage(
                        unit.kind() == UnitKind.CITY_DEPARTMENT
                                ? ProcedureScope.department()
                                : ProcedureScope.ward()));
    }

    /** Every ward of the city, best first (wards with nothing measurable last, by name). */
    public List<ServiceIndexCard> wards(LocalDate from, LocalDate to) {
        CatalogueCoverage catalogue = procedures.coverage(ProcedureScope.ward());
        var dossierFilter =
                DossierFigureFilterBuilder.builder().from(from).to(to).build();
        Map<String, DossierFigureRow> dossiersByWard = new HashMap<>();
        dossiers.by(dossierFilter, DossierDimension.WARD).forEach(row -> dossiersByWard.put(row.key(), row));
        Map<String, Long> fullyOnline = fullyOnlineByPart(
                dossiers.by(dossierFilter, DossierDimension.WARD_AND_PROCEDURE), catalogue.fullyOnline());
        Map<String, ReportFigureRow> reportsByWard = new HashMap<>();
        reports.by(ReportFigureFilterBuilder.builder().from(from).to(to).build(), ReportDimension.WARD)
                .forEach(row -> reportsByWard.put(row.key(), row));
        List<ServiceIndexCard> cards = new ArrayList<>();
        for (Ward ward : wards.all()) {
            cards.add(IndexCalculator.card(
                    ward.code(),
                    ward.name(),
                    from,
                    to,
                    dossiersByWard.getOrDefault(
                            ward.code(),
                            DossierFigureRowBuilder.builder().key(ward.code()).build()),
                    fullyOnline.getOrDefault(ward.code(), 0L),
                    reportsByWard.getOrDefault(
                            ward.code(),
                            ReportFigureRowBuilder.builder().key(ward.code()).build()),
                    catalogue));
        }
        cards.sort(Comparator.comparing((ServiceIndexCard card) -> card.percent() == null ? -1 : card.percent())
                .reversed()
                .thenComparing(ServiceIndexCard::name));
        return cards;
    }

    /**
     * The index of each of the {@code months} months up to {@code last}, oldest first: the city's ({@code wardCode}
     * null) or a ward's. Three grouped reads, whatever the number of months.
     */
    public List<ServiceIndexCard> trend(String wardCode, YearMonth last, int months, String cityName) {
        YearMonth first = last.minusMonths(months - 1L);
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        String name = wardCode == null ? cityName : wards.require(wardCode).name();
        CatalogueCoverage catalogue =
                procedures.coverage(wardCode == null ? ProcedureScope.city() : ProcedureScope.ward());
        var dossierFilter = DossierFigureFilterBuilder.builder()
                .from(from)
                .to(to)
                .wardCode(wardCode)
                .build();
        Map<String, DossierFigureRow> dossiersByMonth = new HashMap<>();
        dossiers.by(dossierFilter, DossierDimension.MONTH).forEach(row -> dossiersByMonth.put(row.key(), row));
        Map<String, Long> fullyOnline = fullyOnlineByPart(
                dossiers.by(dossierFilter, DossierDimension.MONTH_AND_PROCEDURE), catalogue.fullyOnline());
        Map<String, ReportFigureRow> reportsByMonth = new HashMap<>();
        reports.by(
                        ReportFigureFilterBuilder.builder()
                                .from(from)
                                .to(to)
                                .wardCode(wardCode)
                                .build(),
                        ReportDimension.MONTH)
                .forEach(row -> reportsByMonth.put(row.key(), row));
        List<ServiceIndexCard> cards = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            String key = month.toString();
            cards.add(IndexCalculator.card(
                    wardCode == null ? CITY : wardCode,
                    name,
                    month.atDay(1),
                    month.atEndOfMonth(),
                    dossiersByMonth.getOrDefault(
                            key, DossierFigureRowBuilder.builder().key(key).build()),
                    fullyOnline.getOrDefault(key, 0L),
                    reportsByMonth.getOrDefault(
                            key, ReportFigureRowBuilder.builder().key(key).build()),
                    catalogue));
        }
        return cards;
    }

    /** A subject's card from its filters: both periods are the dossier filter's. */
    private ServiceIndexCard card(
            String subject,
            String name,
            DossierFigureFilter dossierFilter,
            ReportFigureFilter reportFilter,
            CatalogueCoverage catalogue) {
        return IndexCalculator.card(
                subject,
                name,
                dossierFilter.from(),
                dossierFilter.to(),
                dossiers.total(dossierFilter),
                fullyOnline(dossiers.by(dossierFilter, DossierDimension.PROCEDURE), catalogue.fullyOnline()),
                reports.total(reportFilter),
                catalogue);
    }

    /** Submitted dossiers of fully-online procedures, per the first part of {@code part|procedure} keys. */
    private static Map<String, Long> fullyOnlineByPart(List<DossierFigureRow> rows, Set<String> fullyOnline) {
        Map<String, Long> counts = new HashMap<>();
        for (DossierFigureRow row : rows) {
            String[] key = row.key().split("\\|", 2);
            if (key.length == 2 && fullyOnline.contains(key[1])) {
                counts.merge(key[0], row.submitted(), Long::sum);
            }
        }
        return counts;
    }

    private static long fullyOnline(List<DossierFigureRow> byProcedure, Set<String> fullyOnlineProcedures) {
        return byProcedure.stream()
                .filter(row -> fullyOnlineProcedures.contains(row.key()))
                .mapToLong(DossierFigureRow::submitted)
                .sum();
    }
}
