package org.opencity.insight;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import org.opencity.dossier.DossierFigureRow;
import org.opencity.engagement.PollActivity;
import org.opencity.hotline.CallFigures;
import org.opencity.report.ReportFigureRow;

/**
 * Everything the operations dashboard shows for one filter.
 *
 * @param reportsOverTime per day, or per month when the period is long ({@link DashboardFilter#daily()})
 * @param fullyOnlineDossiers submitted dossiers of procedures done fully online
 * @param calls the hotline's figures over the last 31 days of the period at most (null when the filter names a ward
 *     or a unit: calls are the city's)
 * @param callsFrom the first day the call figures cover
 * @param queueTickets tickets taken at the service points in the period (city-wide, like the calls)
 * @param queueMeanWaitMinutes their mean wait before being called, or null
 * @param polls the votes and surveys open during the period, with how many took part (city-wide; empty otherwise)
 */
@RecordBuilder
public record Dashboard(
        DashboardFilter filter,
        ReportFigureRow reports,
        List<ReportFigureRow> reportsOverTime,
        List<Named<ReportFigureRow>> reportsByWard,
        List<Named<ReportFigureRow>> reportsByCategory,
        DossierFigureRow dossiers,
        long fullyOnlineDossiers,
        List<DossierFigureRow> dossiersOverTime,
        List<Named<DossierFigureRow>> dossiersByUnit,
        List<Named<DossierFigureRow>> dossiersByProcedure,
        CallFigures calls,
        java.time.LocalDate callsFrom,
        Long queueTickets,
        Double queueMeanWaitMinutes,
        List<PollActivity> polls) {

    /** Share of submitted dossiers done fully online, 0–1, or null. */
    public Double fullyOnlineShare() {
        return dossiers.submitted() == 0 ? null : (double) fullyOnlineDossiers / dossiers.submitted();
    }
}
