package org.opencity.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencity.dossier.DossierFigureRow;
import org.opencity.insight.Band;
import org.opencity.insight.Indicator;
import org.opencity.insight.IndicatorValue;
import org.opencity.insight.IndicatorValueBuilder;
import org.opencity.insight.ServiceIndexCard;
import org.opencity.insight.ServiceIndexCardBuilder;
import org.opencity.report.ReportFigureRow;

/**
 * Turns a subject's figures into its Decision 766 card: each indicator's numerator and denominator, share and points.
 * Pure arithmetic on what it is given, so that a test can hand-count every value.
 */
public final class IndexCalculator {

    private IndexCalculator() {}

    /**
     * @param dossiers the subject's dossier figures over the period
     * @param fullyOnlineDossiers of those dossiers, how many were for procedures done fully online
     * @param reports the subject's report figures over the period
     * @param catalogue the procedures the subject answers for
     */
    public static ServiceIndexCard card(
            String subject,
            String name,
            LocalDate from,
            LocalDate to,
            DossierFigureRow dossiers,
            long fullyOnlineDossiers,
            ReportFigureRow reports,
            CatalogueCoverage catalogue) {
        List<IndicatorValue> values = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            values.add(value(indicator, dossiers, fullyOnlineDossiers, reports, catalogue));
        }
        double points = values.stream()
                .filter(IndicatorValue::measured)
                .mapToDouble(IndicatorValue::points)
                .sum();
        int measurable = values.stream()
                .filter(IndicatorValue::measured)
                .mapToInt(v -> v.indicator().points())
                .sum();
        boolean anythingHappened =
                values.stream().anyMatch(v -> v.measured() && !v.indicator().fromCatalogue());
        Double percent = measurable == 0 || !anythingHappened ? null : points * 100.0 / measurable;
        return ServiceIndexCardBuilder.builder()
                .subject(subject)
                .name(name)
                .from(from)
                .to(to)
                .points(points)
                .measurablePoints(measurable)
                .percent(percent)
                .band(percent == null ? null : Band.of(percent))
                .values(values)
                .build();
    }

    private static IndicatorValue value(
            Indicator indicator, DossierFigureRow d, long fullyOnline, ReportFigureRow r, CatalogueCoverage c) {
        if (!indicator.measurable()) {
            return IndicatorValueBuilder.builder()
                    .indicator(indicator)
                    .state(IndicatorValue.State.NOT_MEASURABLE)
                    .build();
        }
        return switch (indicator) {
            case CATALOGUE_COMPLETE -> share(indicator, c.complete(), c.procedures());
            case PROGRESS_PUBLIC -> share(indicator, d.traceable(), d.submitted());
            case ON_TIME -> share(indicator, d.finishedOnTime(), d.finished());
            case LATE_APOLOGISED -> apologies(indicator, d);
            case PROCEDURES_ONLINE -> share(indicator, c.online(), c.procedures());
            case DOSSIERS_FULLY_ONLINE -> share(indicator, fullyOnline, d.submitted());
            case PROCEDURES_PAYABLE_ONLINE -> share(indicator, c.payableOnline(), c.withFee());
            case FEES_PAID_ONLINE -> share(indicator, d.paidOnline(), d.withFee());
            case DOSSIER_SATISFACTION -> share(indicator, d.satisfied(), d.rated());
            case REPORTS_ON_TIME -> share(indicator, r.resolvedOnTime(), r.resolved());
            case REPORT_RATING -> rating(indicator, r);
            case RESULTS_ELECTRONIC -> share(indicator, d.resultsSigned(), d.finished());
            case INPUTS_DIGITISED -> share(indicator, d.withDocuments(), d.submitted());
            case NATIONAL_PORTAL_SYNC, DATA_REUSED -> throw new IllegalStateException(indicator + " is not measurable");
        };
    }

    private static IndicatorValue share(Indicator indicator, long numerator, long denominator) {
        if (denominator == 0) {
            return IndicatorValueBuilder.builder()
                    .indicator(indicator)
                    .state(IndicatorValue.State.NO_DATA)
                    .numerator(numerator)
                    .denominator(denominator)
                    .build();
        }
        double rate = Math.min(1.0, (double) numerator / denominator);
        return IndicatorValueBuilder.builder()
                .indicator(indicator)
                .state(IndicatorValue.State.MEASURED)
                .numerator(numerator)
                .denominator(denominator)
                .rate(rate)
                .points(rate * indicator.points())
                .build();
    }

    /** With no late dossier there is nobody to apologise to: that is full marks, not a gap. */
    private static IndicatorValue apologies(Indicator indicator, DossierFigureRow d) {
        long late = d.late();
        if (late == 0 && d.finished() > 0) {
            return IndicatorValueBuilder.builder()
                    .indicator(indicator)
                    .state(IndicatorValue.State.MEASURED)
                    .numerator(0L)
                    .denominator(0L)
                    .rate(1.0)
                    .points((double) indicator.points())
                    .build();
        }
        return share(indicator, d.lateApologised(), late);
    }

    /** The mean rating out of 5, as a share: the sum of ratings over five times their number. */
    private static IndicatorValue rating(Indicator indicator, ReportFigureRow r) {
        return share(indicator, r.ratingSum(), r.rated() * 5);
    }
}
