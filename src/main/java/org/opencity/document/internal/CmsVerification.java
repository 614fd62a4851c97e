package org.opencity.document.internal;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a detached CMS signature over the bytes a PDF signature's byte range names, with BouncyCastle.
 *
 * @param intact the digest of the signed bytes matches and the signer's signature over it verifies
 * @param signer the certificate that the signer info names, or null when the CMS does not carry it
 * @param certificates every certificate the CMS carries (for building the chain)
 */
public record CmsVerification(boolean intact, X509Certificate signer, List<X509Certificate> certificates) {

    private static final CmsVerification BROKEN = new CmsVerification(false, null, List.of());

    public static CmsVerification of(byte[] cms, byte[] signedBytes) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedBytes), cms);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return BROKEN;
            }
            SignerInformation signerInfo = signers.iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> certificates = new ArrayList<>();
            for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
                certificates.add(converter.getCertificate(holder));
            }
            Collection<X509CertificateHolder> named = data.getCertificates().getMatches(signerInfo.getSID());
            if (named.isEmpty()) {
                return new CmsVerification(false, null, certificates);
            }
            X509Certificate signer = converter.getCertificate(named.iterator().next());
            return new CmsVerification(verifies(signerInfo, signer), signer, List.copyOf(certificates));
        } catch (CMSException | GeneralSecurityException | RuntimeException e) {
            // RuntimeException: BouncyCastle reports malformed ASN.1 with unchecked exceptions.
            return BROKEN;
        }
    }

    private static boolean verifies(SignerInformation signerInfo, X509Certificate signer) {
        try {
            return signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
        } catch (CMSException | OperatorCreationException e) {
            // CMSSignerDigestMismatchException (a changed byte) lands here too.
            return false;
        }
    }
}
