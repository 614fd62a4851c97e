package org.opencity.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and retention for the JSON API.
 */
@ConfigurationProperties("opencity.api")
public record ApiProperties(DataSize maxJsonBody, Duration idempotencyRetention) {
}
