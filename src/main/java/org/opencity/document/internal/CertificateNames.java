package org.opencity.document.internal;

import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Common names of certificates, read with BouncyCastle so Vietnamese (UTF8String) names come out whole. */
public final class CertificateNames {

    private CertificateNames() {}

    public static String subject(X509Certificate certificate) {
        return certificate == null ? null : commonName(certificate.getSubjectX500Principal());
    }

    public static String issuer(X509Certificate certificate) {
        return certificate == null ? null : commonName(certificate.getIssuerX500Principal());
    }

    private static String commonName(X500Principal principal) {
        RDN[] names = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 0
                ? principal.getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
