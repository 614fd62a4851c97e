package org.opencity.document.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a signing certificate chains to one of our trust anchors, with the JDK's PKIX builder. Revocation
 * is not checked: the demo CA publishes no CRL or OCSP yet.
 */
public final class CertificateChains {

    private CertificateChains() {}

    public static boolean trusted(
            X509Certificate signer, List<X509Certificate> intermediates, List<X509Certificate> anchors) {
        if (signer == null || anchors.isEmpty() || !mayAuthorDocuments(signer)) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            Set<TrustAnchor> trust =
                    anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust, target);
            parameters.setRevocationEnabled(false);
            parameters.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(intermediates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** keyUsage digitalSignature or nonRepudiation, when the certificate restricts its use at all. */
    private static boolean mayAuthorDocuments(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[0] || usage[1];
    }
}
