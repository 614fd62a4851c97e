package org.opencity.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers which idempotency keys were answered and what, in PostgreSQL so that every node of the
 * platform and every restart sees the same record. Every method runs in the caller's transaction.
 */
@Repository
class IdempotencyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims a key inside the request's transaction; false when another transaction has answered it. While the
     * first request's transaction is open, a second claim of the same key waits for it (PostgreSQL blocks on the
     * uncommitted row) for at most {@code wait}, then fails with a lock timeout.
     * <p>
     * A claim without an answer can only have been left by a version before ADR 0003's second revision, which
     * claimed in a transaction of its own: it is taken over, so such a key is never stuck.
     */
    boolean claim(String scope, String key, String fingerprint, Duration wait) {
        String before = jdbc.sql(
                        "select current_setting('lock_timeout') as before, set_config('lock_timeout', :wait, true)")
                .param("wait", wait.toMillis() + "ms")
                .query((rs, n) -> rs.getString("before"))
                .single();
        boolean claimed = jdbc.sql("""
                insert into platform_idempotency_key (scope, idem_key, fingerprint, created_at)
                values (:scope, :key, :fingerprint, :now)
                on conflict (scope, idem_key) do update
                    set fingerprint = excluded.fingerprint, created_at = excluded.created_at
                    where platform_idempotency_key.status is null""")
                        .param("scope", scope)
                        .param("key", key)
                        .param("fingerprint", fingerprint)
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .update()
                == 1;
        jdbc.sql("select set_config('lock_timeout', :before, true)")
                .param("before", before)
                .query()
                .singleValue();
        return claimed;
    }

    Optional<StoredResponse> find(String scope, String key) {
        return jdbc.sql("""
                select fingerprint, status, content_type, location, body
                from platform_idempotency_key where scope = :scope and idem_key = :key""")
                .param("scope", scope)
                .param("key", key)
                .query((rs, n) -> new StoredResponse(
                        rs.getString("fingerprint"),
                        (Integer) rs.getObject("status"),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getBytes("body")))
                .optional();
    }

    /** Stores the answer of a claimed key, or of a key whose request changed nothing (then claimed here too). */
    void complete(String scope, String key, StoredResponse response) {
        jdbc.sql("""
                insert into platform_idempotency_key
                    (scope, idem_key, fingerprint, status, content_type, location, body, created_at, completed_at)
                values (:scope, :key, :fingerprint, :status, :contentType, :location, :body, :now, :now)
                on conflict (scope, idem_key) do update
                    set status = excluded.status, content_type = excluded.content_type, location = excluded.location,
                        body = excluded.body, completed_at = excluded.completed_at
                    where platform_idempotency_key.status is null""")
                .param("scope", scope)
                .param("key", key)
                .param("fingerprint", response.fingerprint())
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("body", response.body())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    int forgetOlderThan(Duration age) {
        return jdbc.sql("delete from platform_idempotency_key where created_at < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(age)))
                .update();
    }

    record StoredResponse(String fingerprint, Integer status, String contentType, String location, byte[] body) {

        boolean completed() {
            return status != null;
        }
    }
}
