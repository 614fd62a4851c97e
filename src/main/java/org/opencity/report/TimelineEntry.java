package org.opencity.report;

import java.time.Instant;
import java.util.List;

/**
 * One step in a report's life. Public entries name the unit, never the officer; internal notes reach officers only.
 */
public record TimelineEntry(
        Instant at,
        String kind,
        ReportStatus status,
        String text,
        String unitName,
        boolean internal,
        String officerName,
        List<PhotoLink> photos) {}
