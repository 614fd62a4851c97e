package org.opencity.insight.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.opencity.dossier.DossierDimension;
import org.opencity.dossier.DossierFigureFilter;
import org.opencity.dossier.DossierFigureFilterBuilder;
import org.opencity.dossier.DossierFigureRow;
import org.opencity.dossier.DossierFigures;
import org.opencity.insight.MonthlyFigures;
import org.opencity.insight.MonthlyFiguresBuilder;
import org.opencity.insight.Named;
import org.opencity.insight.ServiceIndex;
import org.opencity.insight.ServiceIndexCard;
import org.opencity.report.ReportFigureFilterBuilder;
import org.opencity.report.ReportFigures;
import org.springframework.stereotype.Component;

/** Gathers the month's standard indicators, after bringing the figures up to date. */
@Component
public class MonthlyFiguresCollector {

    static final String CITY_NAME = "Thành phố Hà Nội";
    static final int TREND_MONTHS = 6;

    private final DossierFigures dossiers;
    private final ReportFigures reports;
    private final ServiceIndex index;
    private final ProcedureScope procedures;

    MonthlyFiguresCollector(
            DossierFigures dossiers, ReportFigures reports, ServiceIndex index, ProcedureScope procedures) {
        this.dossiers = dossiers;
        this.reports = reports;
        this.index = index;
        this.procedures = procedures;
    }

    public MonthlyFigures collect(YearMonth month) {
        dossiers.refresh();
        reports.refresh();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        CatalogueCoverage catalogue = procedures.coverage(ProcedureScope.city());
        DossierFigureFilter filter =
                DossierFigureFilterBuilder.builder().from(from).to(to).build();
        long fullyOnline = dossiers.by(filter, DossierDimension.PROCEDURE).stream()
                .filter(row -> catalogue.fullyOnline().contains(row.key()))
                .mapToLong(DossierFigureRow::submitted)
                .sum();
        ServiceIndexCard city = index.city(from, to, CITY_NAME);
        return MonthlyFiguresBuilder.builder()
                .month(month)
                .procedures(catalogue.procedures())
                .proceduresOnline(catalogue.online())
                .dossiers(dossiers.total(filter))
                .fullyOnlineDossiers(fullyOnline)
                .reports(reports.total(
                        ReportFigureFilterBuilder.builder().from(from).to(to).build()))
                .city(city)
                .wards(index.wards(from, to))
                .onTimeTrend(onTimeTrend(month))
                .build();
    }

    private List<Named<Double>> onTimeTrend(YearMonth last) {
        List<Named<Double>> trend = new ArrayList<>();
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            DossierFigureRow row = dossiers.total(DossierFigureFilterBuilder.builder()
                    .from(month.atDay(1))
                    .to(month.atEndOfMonth())
                    .build());
            trend.add(new Named<>(
                    month.toString(), "%02d/%d".formatted(month.getMonthValue(), month.getYear()), row.onTimeRate()));
        }
        return trend;
    }
}
