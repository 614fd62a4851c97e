package org.opencity.identity;

import org.opencity.identity.internal.PlatformSecrets;
import org.springframework.stereotype.Service;

/**
 * Keys other modules need for keyed hashes (never for encryption or tokens, which Spring Security does): generated
 * once with a SecureRandom and kept in the database, so every node and every restart uses the same key.
 */
@Service
public class Secrets {

    private final PlatformSecrets secrets;

    Secrets(PlatformSecrets secrets) {
        this.secrets = secrets;
    }

    /** The 32-byte key of this name (e.g. {@code engagement-network-key}). */
    public byte[] key(String name) {
        return secrets.named(name);
    }
}
