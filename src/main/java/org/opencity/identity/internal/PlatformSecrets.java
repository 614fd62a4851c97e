package org.opencity.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets the platform needs at run time. A configured value wins; otherwise one is generated once with
 * {@link SecureRandom} and kept in the database so every node and restart uses the same.
 */
@Component
public class PlatformSecrets {

    private static final String CITIZEN_ID_KEY = "citizen-id-hmac-key";

    private final JdbcClient jdbc;
    private final IdentityProperties properties;

    PlatformSecrets(JdbcClient jdbc, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    byte[] citizenIdKey() {
        String configured = properties.citizenIdKey();
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.trim());
        }
        return HexFormat.of().parseHex(storedOrNew(CITIZEN_ID_KEY));
    }

    /** A 32-byte secret of this name, the same on every node and after every restart. */
    public byte[] named(String name) {
        return HexFormat.of().parseHex(storedOrNew(name));
    }

    private String storedOrNew(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into idn_secret (name, value) values (:name, :value) on conflict do nothing")
                .param("name", name)
                .param("value", HexFormat.of().formatHex(fresh))
                .update();
        return jdbc.sql("select value from idn_secret where name = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }
}
