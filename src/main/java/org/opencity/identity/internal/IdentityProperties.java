package org.opencity.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in and token settings, prefix {@code opencity.security}.
 *
 * @param externalIssuerUri an OIDC issuer whose tokens the API accepts instead of the embedded server's
 * @param externalUsernameClaim the claim of an external token that holds the account's email or phone
 * @param citizenIdKey secret for keyed hashes of citizen ID numbers; generated and stored when empty
 */
@ConfigurationProperties("opencity.security")
public record IdentityProperties(
        String externalIssuerUri,
        String externalUsernameClaim,
        int loginMaxFailures,
        Duration loginLockDuration,
        String citizenIdKey) {

    public boolean usesExternalIssuer() {
        return externalIssuerUri != null && !externalIssuerUri.isBlank();
    }
}
