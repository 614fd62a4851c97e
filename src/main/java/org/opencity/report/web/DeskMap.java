package org.opencity.report.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Locale;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportSummary;

/**
 * What the officer's report page needs for its map (desk-map.js) and for its text fallback: the report's point and
 * the merge candidates' points as {@code number|lat|lon;…}, and the coordinates in the one format used everywhere,
 * {@code 21.028700, 105.852400}: six decimals and a decimal point whatever the language, so they can be pasted
 * into any map.
 */
@RecordBuilder
record DeskMap(String report, String candidates, String coordinates) {

    static DeskMap of(PublicReport report, List<ReportSummary> candidates) {
        return DeskMapBuilder.builder()
                .report(String.format(Locale.ROOT, "%s|%.6f|%.6f", report.number(), report.lat(), report.lon()))
                .candidates(MapPoints.of(candidates))
                .coordinates(String.format(Locale.ROOT, "%.6f, %.6f", report.lat(), report.lon()))
                .build();
    }
}
