package org.opencity.identity;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit log: who did what to which record, when, in which unit.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        AccountId actorId,
        String actorName,
        String action,
        String targetType,
        String targetId,
        UnitId unitId,
        Map<String, Object> details,
        String requestId) {}
