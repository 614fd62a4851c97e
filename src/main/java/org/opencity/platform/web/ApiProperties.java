package org.opencity.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and retention for the JSON API.
 *
 * @param idempotencyWait how long a retry waits for the first request with the same key before it is told 409
 */
@ConfigurationProperties("opencity.api")
public record ApiProperties(
        DataSize maxJsonBody,
        Duration idempotencyRetention,
        @DefaultValue("5s") Duration idempotencyWait) {}
