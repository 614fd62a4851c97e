package org.opencity.report;

import java.time.Instant;

/**
 * A report in the public feed and on the map: no reporter, no contact.
 */
public record ReportSummary(
        String number,
        String categoryCode,
        String categoryName,
        ReportStatus status,
        String description,
        double lat,
        double lon,
        String wardCode,
        String wardName,
        Instant createdAt,
        Instant updatedAt,
        Instant dueAt,
        boolean overdue,
        int supporters,
        String thumbnailUrl) {}
