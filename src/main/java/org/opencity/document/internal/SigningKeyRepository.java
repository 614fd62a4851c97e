package org.opencity.document.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code doc_signing_key}: a DER certificate and its sealed private key under an alias.
 */
@Repository
class SigningKeyRepository {

    record StoredKey(String alias, byte[] certificate, byte[] sealedKey) {}

    private final JdbcClient jdbc;

    SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the alias is taken; whoever came first wins, so concurrent nodes agree on one key. */
    void insertIfAbsent(String alias, UUID unitId, byte[] certificate, byte[] sealedKey) {
        jdbc.sql("""
                insert into doc_signing_key (alias, unit_id, certificate, private_key)
                values (:alias, :unitId, :certificate, :key) on conflict do nothing""")
                .param("alias", alias)
                .param("unitId", unitId)
                .param("certificate", certificate)
                .param("key", sealedKey)
                .update();
    }

    Optional<StoredKey> find(String alias) {
        return jdbc.sql("select alias, certificate, private_key from doc_signing_key where alias = :alias")
                .param("alias", alias)
                .query((rs, n) -> new StoredKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
                .optional();
    }
}
