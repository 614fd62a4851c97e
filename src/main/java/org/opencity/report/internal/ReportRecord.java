package org.opencity.report.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;
import org.opencity.report.ReportSource;
import org.opencity.report.ReportStatus;

/**
 * A report as stored, with everything officers may see. Public views are made from it by leaving out the
 * reporter's identity and contact.
 */
@RecordBuilder
public record ReportRecord(
        UUID id,
        String number,
        UUID token,
        String categoryCode,
        String description,
        double lat,
        double lon,
        String address,
        String wardCode,
        UUID unitId,
        UUID assigneeId,
        ReportStatus status,
        String statusReason,
        UUID reporterId,
        String reporterName,
        String reporterEmail,
        String reporterPhone,
        boolean anonymous,
        ReportSource source,
        String clientName,
        Instant createdAt,
        Instant updatedAt,
        Instant dueAt,
        Instant resolvedAt,
        Instant closedAt,
        Integer rating,
        String ratingComment,
        UUID duplicateOf,
        int supporters,
        int version)
        implements ReportRecordBuilder.With {

    /** A new status from now on; resolving stamps the resolution, closing or rejecting the closure. */
    public ReportRecord withStatus(ReportStatus next, String reason, Instant at) {
        return with(r -> r.status(next)
                .statusReason(reason)
                .updatedAt(at)
                .resolvedAt(next == ReportStatus.RESOLVED ? at : next.beingHandled() ? null : resolvedAt)
                .closedAt(next == ReportStatus.CLOSED || next == ReportStatus.REJECTED ? at : null));
    }

    public ReportRecord withUnit(UUID unit, UUID assignee) {
        return with(r -> r.unitId(unit).assigneeId(assignee));
    }

    public ReportRecord withRating(int stars, String comment) {
        return with(r -> r.rating(stars).ratingComment(comment));
    }

    public ReportRecord touched(Instant at) {
        return withUpdatedAt(at);
    }

    public boolean overdue(Instant now) {
        return status.beingHandled() && now.isAfter(dueAt);
    }
}
