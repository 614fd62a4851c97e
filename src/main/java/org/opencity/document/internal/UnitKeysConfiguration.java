package org.opencity.document.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the source of signing keys: the configured keystore, or else the demo CA.
 */
@Configuration(proxyBeanMethods = false)
class UnitKeysConfiguration {

    @Bean
    UnitKeys unitKeys(DocumentProperties properties, SigningKeyRepository repository, PrivateKeyVault vault) {
        if (properties.keystore().configured()) {
            return new KeystoreUnitKeys(properties.keystore());
        }
        return new DemoCertificateAuthority(repository, vault);
    }
}
