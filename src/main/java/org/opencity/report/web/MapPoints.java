package org.opencity.report.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opencity.report.ReportSummary;

/**
 * Reports as "number|lat|lon;…" for the map script, so the page carries no inline JSON or script.
 */
final class MapPoints {

    private MapPoints() {}

    static String of(List<ReportSummary> reports) {
        return reports.stream()
                .map(r -> String.format(Locale.ROOT, "%s|%.6f|%.6f", r.number(), r.lat(), r.lon()))
                .collect(Collectors.joining(";"));
    }
}
