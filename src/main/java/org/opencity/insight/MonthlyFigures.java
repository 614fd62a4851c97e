package org.opencity.insight;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.YearMonth;
import java.util.List;
import org.opencity.dossier.DossierFigureRow;
import org.opencity.report.ReportFigureRow;

/**
 * The standard indicators of one month's progress report, for the city: what the PDF and the CSV both say.
 *
 * @param procedures procedures the city and its wards answer for
 * @param proceduresOnline of those, how many can be applied for online
 * @param fullyOnlineDossiers submitted dossiers of procedures done fully online
 * @param onTimeTrend the city's on-time rate over the six months up to this one, oldest first (null: none finished)
 */
@RecordBuilder
public record MonthlyFigures(
        YearMonth month,
        long procedures,
        long proceduresOnline,
        DossierFigureRow dossiers,
        long fullyOnlineDossiers,
        ReportFigureRow reports,
        ServiceIndexCard city,
        List<ServiceIndexCard> wards,
        List<Named<Double>> onTimeTrend) {

    public Double fullyOnlineShare() {
        return dossiers.submitted() == 0 ? null : (double) fullyOnlineDossiers / dossiers.submitted();
    }
}
