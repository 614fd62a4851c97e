package org.opencity.report;

import java.time.Instant;
import java.util.List;

/**
 * What everyone may see of a report. The address is left out when the reporter chose to stay anonymous,
 * because it may be their own.
 */
public record PublicReport(
        String number,
        String categoryCode,
        String categoryName,
        String description,
        ReportStatus status,
        String statusReason,
        double lat,
        double lon,
        String address,
        String wardCode,
        String wardName,
        String unitName,
        Instant createdAt,
        Instant updatedAt,
        Instant dueAt,
        Instant resolvedAt,
        boolean overdue,
        Integer rating,
        String ratingComment,
        int supporters,
        String duplicateOf,
        List<PhotoLink> photos,
        List<TimelineEntry> timeline) {}
