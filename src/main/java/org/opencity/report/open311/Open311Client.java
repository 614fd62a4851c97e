package org.opencity.report.open311;

import java.time.Instant;

/**
 * A client application's key as administrators see it: who and when, never the key or its hash.
 */
public record Open311Client(String clientName, Instant createdAt, Instant revokedAt) {}
