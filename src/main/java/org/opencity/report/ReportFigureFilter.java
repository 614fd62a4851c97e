package org.opencity.report;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which reports a figure counts: those received or resolved between two Hanoi days (inclusive), optionally in one
 * ward, handled by one unit, or of one category. The backlog ignores the period: it is what is open now.
 */
@RecordBuilder
public record ReportFigureFilter(LocalDate from, LocalDate to, String wardCode, UUID unitId, String categoryCode) {

    public ReportFigureFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period needs a start on or before its end");
        }
    }
}
