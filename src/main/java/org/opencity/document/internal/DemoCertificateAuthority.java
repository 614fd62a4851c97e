package org.opencity.document.internal;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencity.document.internal.SigningKeyRepository.StoredKey;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The demo certificate authority used when no keystore is configured: "OpenCity Demo Root CA" is created once
 * (first start), each issuing unit gets its certificate on first use, and all of it lives in the database
 * with the private keys encrypted, so restarts and other nodes sign with the same keys.
 */
class DemoCertificateAuthority implements UnitKeys {

    static final String ROOT_NAME = "OpenCity Demo Root CA";
    static final String ROOT_ALIAS = "demo-root-ca";

    private final SigningKeyRepository repository;
    private final PrivateKeyVault vault;
    private final CertificateIssuer issuer = new CertificateIssuer();
    private final Map<UnitId, SigningIdentity> issued = new ConcurrentHashMap<>();
    private volatile SigningIdentity root;

    DemoCertificateAuthority(SigningKeyRepository repository, PrivateKeyVault vault) {
        this.repository = repository;
        this.vault = vault;
    }

    @Override
    public List<X509Certificate> trustAnchors() {
        return List.of(root().certificate());
    }

    @Override
    public SigningIdentity forUnit(Unit unit) {
        return issued.computeIfAbsent(unit.id(), id -> storedOrIssued(unit));
    }

    /** Creates the root at first start rather than at the first signature, so its certificate can be published. */
    @EventListener(ApplicationReadyEvent.class)
    void createRootOnFirstStart() {
        root();
    }

    SigningIdentity root() {
        SigningIdentity current = root;
        if (current == null) {
            current = repository.find(ROOT_ALIAS).map(this::open).orElseGet(this::createRoot);
            root = current;
        }
        return current;
    }

    private SigningIdentity createRoot() {
        KeyPair keys = issuer.newKeyPair();
        X509Certificate certificate = issuer.selfSignedRoot(ROOT_NAME, keys);
        store(ROOT_ALIAS, null, certificate, keys.getPrivate());
        return open(repository.find(ROOT_ALIAS).orElseThrow());
    }

    private SigningIdentity storedOrIssued(Unit unit) {
        String alias = "unit-" + unit.code();
        StoredKey stored = repository.find(alias).orElseGet(() -> {
            SigningIdentity ca = root();
            KeyPair keys = issuer.newKeyPair();
            KeyPair caKeys = new KeyPair(ca.certificate().getPublicKey(), ca.privateKey());
            X509Certificate certificate = issuer.forUnit(unit.nameVi(), keys.getPublic(), ca.certificate(), caKeys);
            store(alias, unit.id(), certificate, keys.getPrivate());
            return repository.find(alias).orElseThrow();
        });
        SigningIdentity own = open(stored);
        return new SigningIdentity(own.privateKey(), List.of(own.certificate(), root().certificate()));
    }

    private void store(String alias, UnitId unit, X509Certificate certificate, PrivateKey key) {
        try {
            repository.insertIfAbsent(
                    alias, unit == null ? null : unit.value(), certificate.getEncoded(), vault.seal(alias, key));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("Could not encode the certificate " + alias, e);
        }
    }

    private SigningIdentity open(StoredKey stored) {
        X509Certificate certificate = certificate(stored.certificate());
        PrivateKey key = vault.open(
                stored.alias(), stored.sealedKey(), certificate.getPublicKey().getAlgorithm());
        return new SigningIdentity(key, List.of(certificate));
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate could not be read", e);
        }
    }
}
