package org.opencity.document.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What an issuing unit signs with: its private key and its certificate chain, the unit's certificate first.
 */
public record SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningIdentity {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing identity needs at least its own certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
