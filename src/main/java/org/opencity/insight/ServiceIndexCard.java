package org.opencity.insight;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The Decision 766 service index of one subject (the city, a ward, a unit) over a period.
 *
 * @param subject the ward code, the unit id, or {@code city}
 * @param name the subject's name as people know it
 * @param points the points earned, out of 100
 * @param measurablePoints the points of the indicators that could be measured: the score's real ceiling
 * @param percent points ÷ measurablePoints × 100, what the band reads; null when nothing happened to measure (no
 *     dossier, no report: the catalogue's indicators alone are the same for every ward)
 * @param band null when nothing could be measured
 * @param values every indicator, measured or not, in the decision's order
 */
@RecordBuilder
public record ServiceIndexCard(
        String subject,
        String name,
        LocalDate from,
        LocalDate to,
        double points,
        int measurablePoints,
        Double percent,
        Band band,
        List<IndicatorValue> values) {

    public ServiceIndexCard {
        values = List.copyOf(values);
    }

    /** One indicator's value. */
    public IndicatorValue value(Indicator indicator) {
        return values.stream()
                .filter(v -> v.indicator() == indicator)
                .findFirst()
                .orElseThrow();
    }

    /** The points a group earned, and out of how many measurable. */
    public double groupPoints(IndicatorGroup group) {
        return values.stream()
                .filter(v -> v.indicator().group() == group && v.points() != null)
                .mapToDouble(IndicatorValue::points)
                .sum();
    }

    public int groupMeasurablePoints(IndicatorGroup group) {
        return values.stream()
                .filter(v -> v.indicator().group() == group && v.measured())
                .mapToInt(v -> v.indicator().points())
                .sum();
    }
}
