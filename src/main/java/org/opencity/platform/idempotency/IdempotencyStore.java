package org.opencity.platform.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers which idempotency keys were claimed and what was answered, in PostgreSQL so that every
 * node of the platform and every restart sees the same record.
 */
@Repository
class IdempotencyStore {

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims a key for a request; false when someone already holds it. */
    boolean claim(String scope, String key, String fingerprint) {
        return jdbc.sql("""
                insert into platform_idempotency_key (scope, idem_key, fingerprint, created_at)
                values (:scope, :key, :fingerprint, now())
                on conflict do nothing""")
                .param("scope", scope).param("key", key).param("fingerprint", fingerprint)
                .update() == 1;
    }

    Optional<StoredResponse> find(String scope, String key) {
        return jdbc.sql("""
                select fingerprint, status, content_type, location, body
                from platform_idempotency_key where scope = :scope and idem_key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new StoredResponse(rs.getString("fingerprint"),
                        (Integer) rs.getObject("status"), rs.getString("content_type"),
                        rs.getString("location"), rs.getBytes("body")))
                .optional();
    }

    void complete(String scope, String key, StoredResponse response) {
        jdbc.sql("""
                update platform_idempotency_key
                set status = :status, content_type = :contentType, location = :location, body = :body, completed_at = now()
                where scope = :scope and idem_key = :key""")
                .param("status", response.status()).param("contentType", response.contentType())
                .param("location", response.location()).param("body", response.body())
                .param("scope", scope).param("key", key)
                .update();
    }

    /** Lets a key be used again after a server error, when the request had no lasting effect. */
    void release(String scope, String key) {
        jdbc.sql("delete from platform_idempotency_key where scope = :scope and idem_key = :key and status is null")
                .param("scope", scope).param("key", key).update();
    }

    int forgetOlderThan(Duration age) {
        return jdbc.sql("delete from platform_idempotency_key where created_at < :before")
                .param("before", java.sql.Timestamp.from(Instant.now().minus(age)))
                .update();
    }

    record StoredResponse(String fingerprint, Integer status, String contentType, String location, byte[] body) {

        boolean completed() {
            return status != null;
        }
    }
}
