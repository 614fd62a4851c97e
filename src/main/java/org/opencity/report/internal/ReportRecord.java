package org.opencity.report.internal;

import java.time.Instant;
import java.util.UUID;
import org.opencity.report.ReportSource;
import org.opencity.report.ReportStatus;

/**
 * A report as stored, with everything officers may see. Public views are made from it by leaving out the
 * reporter's identity and contact.
 */
public record ReportRecord(UUID id, String number, UUID token, String categoryCode, String description, double lat,
        double lon, String address, String wardCode, UUID unitId, UUID assigneeId, ReportStatus status,
        String statusReason, UUID reporterId, String reporterName, String reporterEmail, String reporterPhone,
        boolean anonymous, ReportSource source, String clientName, Instant createdAt, Instant updatedAt,
        Instant dueAt, Instant resolvedAt, Instant closedAt, Integer rating, String ratingComment, UUID duplicateOf,
        int supporters, int version) {

    public ReportRecord withStatus(ReportStatus next, String reason, Instant at) {
        return new ReportRecord(id, number, token, categoryCode, description, lat, lon, address, wardCode, unitId,
                assigneeId, next, reason, reporterId, reporterName, reporterEmail, reporterPhone, anonymous, source,
                clientName, createdAt, at, dueAt,
                next == ReportStatus.RESOLVED ? at : next.beingHandled() ? null : resolvedAt,
                next == ReportStatus.CLOSED || next == ReportStatus.REJECTED ? at : null,
                rating, ratingComment, duplicateOf, supporters, version);
    }

    public ReportRecord withUnit(UUID unit, UUID assignee) {
        return new ReportRecord(id, number, token, categoryCode, description, lat, lon, address, wardCode, unit,
                assignee, status, statusReason, reporterId, reporterName, reporterEmail, reporterPhone, anonymous,
                source, clientName, createdAt, updatedAt, dueAt, resolvedAt, closedAt, rating, ratingComment,
                duplicateOf, supporters, version);
    }

    public ReportRecord withRating(int stars, String comment) {
        return new ReportRecord(id, number, token, categoryCode, description, lat, lon, address, wardCode, unitId,
                assigneeId, status, statusReason, reporterId, reporterName, reporterEmail, reporterPhone, anonymous,
                source, clientName, createdAt, updatedAt, dueAt, resolvedAt, closedAt, stars, comment, duplicateOf,
                supporters, version);
    }

    public ReportRecord withDuplicateOf(UUID target) {
        return new ReportRecord(id, number, token, categoryCode, description, lat, lon, address, wardCode, unitId,
                assigneeId, status, statusReason, reporterId, reporterName, reporterEmail, reporterPhone, anonymous,
                source, clientName, createdAt, updatedAt, dueAt, resolvedAt, closedAt, rating, ratingComment, target,
                supporters, version);
    }

    public ReportRecord touched(Instant at) {
        return new ReportRecord(id, number, token, categoryCode, description, lat, lon, address, wardCode, unitId,
                assigneeId, status, statusReason, reporterId, reporterName, reporterEmail, reporterPhone, anonymous,
                source, clientName, createdAt, at, dueAt, resolvedAt, closedAt, rating, ratingComment, duplicateOf,
                supporters, version);
    }

    public boolean overdue(Instant now) {
        return status.beingHandled() && now.isAfter(dueAt);
    }
}
