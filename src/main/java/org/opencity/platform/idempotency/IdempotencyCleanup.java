package org.opencity.platform.idempotency;

import org.opencity.platform.web.ApiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys after the retention period; a client retries within minutes, not days.
 */
@Component
class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final IdempotencyStore store;
    private final ApiProperties properties;

    IdempotencyCleanup(IdempotencyStore store, ApiProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldKeys() {
        int removed = store.forgetOlderThan(properties.idempotencyRetention());
        if (removed > 0) {
            log.info("Forgot {} idempotency keys older than {}", removed, properties.idempotencyRetention());
        }
    }
}
