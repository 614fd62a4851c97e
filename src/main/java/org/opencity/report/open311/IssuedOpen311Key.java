package org.opencity.report.open311;

import java.time.Instant;

/**
 * A newly issued key, in clear this one time: only its SHA-256 is stored.
 */
public record IssuedOpen311Key(String clientName, String apiKey, Instant createdAt) {}
