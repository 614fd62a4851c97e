package org.opencity.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencity.identity.Unit;

/**
 * Real signing keys from a keystore file (issued by a recognised CA, e.g. a qualified provider): one private
 * key entry per issuing unit under the alias pattern. The roots of the entries' chains are the trust anchors.
 */
class KeystoreUnitKeys implements UnitKeys {

    private final KeyStore store;
    private final DocumentProperties.Keystore settings;

    KeystoreUnitKeys(DocumentProperties.Keystore settings) {
        this.settings = settings;
        try (InputStream in = Files.newInputStream(Path.of(settings.path()))) {
            store = KeyStore.getInstance(settings.type());
            store.load(in, settings.password().toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not open the document keystore " + settings.path(), e);
        }
    }

    @Override
    public SigningIdentity forUnit(Unit unit) {
        String alias = settings.aliasOf(unit.code());
        try {
            if (!(store.getKey(alias, settings.entryPassword()) instanceof PrivateKey key)) {
                throw new SigningUnitKeyMissing(unit.code(), alias);
            }
            return new SigningIdentity(key, x509(store.getCertificateChain(alias)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the key " + alias + " from the document keystore", e);
        }
    }

    @Override
    public List<X509Certificate> trustAnchors() {
        Set<X509Certificate> roots = new LinkedHashSet<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                List<X509Certificate> chain = x509(store.getCertificateChain(alias));
                if (!chain.isEmpty()) {
                    roots.add(chain.get(chain.size() - 1));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not list the document keystore", e);
        }
        return List.copyOf(roots);
    }

    private static List<X509Certificate> x509(Certificate[] chain) {
        return chain == null
                ? List.of()
                : Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }
}
