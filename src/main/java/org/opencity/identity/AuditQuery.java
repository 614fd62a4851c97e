package org.opencity.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for the audit log; null means "any".
 */
public record AuditQuery(UUID actorId, String action, String targetType, String targetId, Instant from, Instant to) {}
