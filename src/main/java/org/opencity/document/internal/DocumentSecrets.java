package org.opencity.document.internal;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The AES key that encrypts the demo CA's private keys. As with the platform's other secrets
 * (identity's PlatformSecrets), a configured value wins; otherwise one is generated once with
 * {@link SecureRandom} and kept in the database so every node and restart uses the same.
 */
@Component
class DocumentSecrets {

    private static final String KEY_ENCRYPTION_KEY = "key-encryption-key";

    private final JdbcClient jdbc;
    private final DocumentProperties properties;

    DocumentSecrets(JdbcClient jdbc, DocumentProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    SecretKey keyEncryptionKey() {
        String configured = properties.keyEncryptionKey();
        String base64 = configured.isBlank() ? storedOrNew(KEY_ENCRYPTION_KEY) : configured.trim();
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 16 && key.length != 32) {
            throw new IllegalStateException("opencity.document.key-encryption-key must be 16 or 32 bytes, base64");
        }
        return new SecretKeySpec(key, "AES");
    }

    private String storedOrNew(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into doc_secret (name, value) values (:name, :value) on conflict do nothing")
                .param("name", name)
                .param("value", Base64.getEncoder().encodeToString(fresh))
                .update();
        return jdbc.sql("select value from doc_secret where name = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }
}
