package org.opencity.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keeps citizen ID numbers as HMAC-SHA256 values (JDK's javax.crypto), so the platform can refuse a second
 * account for the same person without storing the number itself.
 */
@Component
public class CitizenIdHasher {

    private final SecretKeySpec key;

    CitizenIdHasher(PlatformSecrets secrets) {
        this.key = new SecretKeySpec(secrets.citizenIdKey(), "HmacSHA256");
    }

    public String hash(String citizenId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(citizenId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
