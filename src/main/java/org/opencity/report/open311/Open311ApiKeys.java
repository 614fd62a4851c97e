package org.opencity.report.open311;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;
import org.opencity.platform.InvalidRequest;
import org.opencity.report.ReportAuditAction;
import org.opencity.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of Open311 client applications. A key is 32 random bytes shown once; only its SHA-256 is kept.
 * A plain hash (no salt, no stretching) is enough here because the key is random and long, unlike a password,
 * and it lets a key be found by its hash in one lookup.
 */
@Service
public class Open311ApiKeys {

    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Open311ApiKeys(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The client holding this key, if the key exists and is not revoked. */
    @Transactional(readOnly = true)
    public Optional<String> clientFor(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("select client_name from rpt_api_key where key_hash = :hash and revoked_at is null")
                .param("hash", hash(apiKey.strip()))
                .query(String.class)
                .optional();
    }

    /** The client behind a call's api_key, or the spec's 403 for a missing, unknown or revoked key. */
    String requireClient(String apiKey) {
        return clientFor(apiKey)
                .orElseThrow(() -> Open311Error.forbidden(
                        apiKey == null || apiKey.isBlank()
                                ? "api_key is required"
                                : "Invalid api_key received -- can't proceed"));
    }

    @Transactional
    public IssuedOpen311Key issue(Actor admin, String clientName) {
        requireAdministrator(admin);
        String client = clientName.strip();
        if (client.contains("/") || client.contains("\\")) {
            // The name is the key's address for revoking, and servlet containers refuse encoded slashes in paths.
            throw new InvalidRequest("problem.detail.400");
        }
        // Serialises concurrent issues for one client, so "one active key per client" holds without a constraint.
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(:client))) locked")
                .param("client", client)
                .query(Integer.class)
                .single();
        boolean active = jdbc.sql("select count(*) from rpt_api_key where client_name = :client and revoked_at is null")
                        .param("client", client)
                        .query(Integer.class)
                        .single()
                > 0;
        if (active) {
            throw new Open311ClientHasKey();
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                insert into rpt_api_key (key_hash, client_name, created_by, created_at)
                values (:hash, :client, :admin, :now)""")
                .param("hash", hash(key))
                .param("client", client)
                .param("admin", admin.id().value())
                .param("now", Timestamp.from(now))
                .update();
        audit.record(admin, ReportAuditAction.OPEN311_KEY_CREATED, "open311-key", client, null, Map.of());
        return new IssuedOpen311Key(client, key, now);
    }

    @Transactional
    public void revoke(Actor admin, String clientName) {
        requireAdministrator(admin);
        String client = clientName.strip();
        int revoked = jdbc.sql("""
                update rpt_api_key set revoked_at = :now where client_name = :client and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("client", client)
                .update();
        if (revoked == 0) {
            throw new Open311ClientNotFound();
        }
        audit.record(admin, ReportAuditAction.OPEN311_KEY_REVOKED, "open311-key", client, null, Map.of());
    }

    @Transactional(readOnly = true)
    public List<Open311Client> clients(Actor admin) {
        requireAdministrator(admin);
        return jdbc.sql("select client_name, created_at, revoked_at from rpt_api_key order by created_at, client_name")
                .query((rs, n) -> new Open311Client(
                        rs.getString("client_name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    /** Makes sure a known key exists (demo data); a key revoked since stays revoked. */
    @Transactional
    public void ensure(String apiKey, String clientName) {
        jdbc.sql("""
                insert into rpt_api_key (key_hash, client_name, created_at) values (:hash, :client, now())
                on conflict (key_hash) do nothing""").param("hash", hash(apiKey)).param("client", clientName).update();
    }

    static String hash(String apiKey) {
        return Sha256.hex(apiKey.getBytes(StandardCharsets.UTF_8));
    }

    private static void requireAdministrator(Actor admin) {
        if (admin == null || !admin.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
    }
}
