package org.opencity.report;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Report figures for one group (a day, month, ward, category or unit): received and resolved within the period, and
 * the backlog now. Means and rates are null where nothing was counted, never zero.
 *
 * @param key the group: an ISO day, {@code yyyy-MM}, a ward code, a category code, a unit id, or {@code *}
 * @param received reports received in the period (duplicates merged into another are not counted)
 * @param rejected of those, how many were rejected
 * @param resolved reports resolved in the period
 * @param resolvedOnTime of those, how many by their due time
 * @param resolutionHours total hours from receipt to resolution of the resolved reports
 * @param rated resolved reports the resident rated
 * @param ratingSum the sum of their ratings (1–5)
 * @param open reports being handled now (not bound to the period; 0 for days and months)
 * @param overdue of those, how many are past their due day
 */
@RecordBuilder
public record ReportFigureRow(
        String key,
        long received,
        long rejected,
        long resolved,
        long resolvedOnTime,
        double resolutionHours,
        long rated,
        long ratingSum,
        long open,
        long overdue) {

    /** Share of resolved reports resolved on time, 0–1. */
    public Double onTimeRate() {
        return resolved == 0 ? null : (double) resolvedOnTime / resolved;
    }

    public Double meanResolutionHours() {
        return resolved == 0 ? null : resolutionHours / resolved;
    }

    public Double meanRating() {
        return rated == 0 ? null : (double) ratingSum / rated;
    }
}
