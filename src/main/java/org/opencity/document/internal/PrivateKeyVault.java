package org.opencity.document.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Seals private keys for the database with the JDK's AES-GCM: a fresh 12-byte nonce per key, the key's alias
 * as associated data (so a sealed key copied to another row does not open), output {@code nonce || ciphertext}.
 */
@Component
class PrivateKeyVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final DocumentSecrets secrets;
    private final SecureRandom random = new SecureRandom();

    PrivateKeyVault(DocumentSecrets secrets) {
        this.secrets = secrets;
    }

    byte[] seal(String alias, PrivateKey key) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, alias, nonce);
            byte[] sealed = cipher.doFinal(key.getEncoded());
            return ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the private key " + alias, e);
        }
    }

    PrivateKey open(String alias, byte[] sealed, String algorithm) {
        try {
            byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, alias, nonce);
            byte[] pkcs8 = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Could not decrypt the private key " + alias
                            + " (was opencity.document.key-encryption-key changed?)",
                    e);
        }
    }

    private Cipher cipher(int mode, String alias, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, secrets.keyEncryptionKey(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(alias.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
