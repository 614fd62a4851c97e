package org.opencity.document.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the document module, prefix {@code opencity.document}.
 *
 * @param keystore where the units' real signing keys are; without a path the platform runs its demo CA
 * @param keyEncryptionKey base64 AES key (16 or 32 bytes) that encrypts the demo CA's private keys in the
 *        database; when empty one is generated once and stored, which protects a copy of the key table alone
 * @param maxVerifySize largest file the public verification accepts
 */
@ConfigurationProperties("opencity.document")
public record DocumentProperties(
        @DefaultValue Keystore keystore,
        @DefaultValue("") String keyEncryptionKey,
        @DefaultValue("5MB") DataSize maxVerifySize) {

    /**
     * A PKCS#12 (or JKS) file holding one private key and certificate chain per issuing unit.
     *
     * @param aliasPattern the entry of a unit: {@code {code}} is replaced by the unit's code
     * @param keyPassword the entries' password when it differs from the store's
     */
    public record Keystore(
            @DefaultValue("") String path,
            @DefaultValue("") String password,
            @DefaultValue("PKCS12") String type,
            @DefaultValue("{code}") String aliasPattern,
            @DefaultValue("") String keyPassword) {

        public boolean configured() {
            return !path.isBlank();
        }

        public String aliasOf(String unitCode) {
            return aliasPattern.replace("{code}", unitCode);
        }

        public char[] entryPassword() {
            return (keyPassword.isEmpty() ? password : keyPassword).toCharArray();
        }
    }
}
