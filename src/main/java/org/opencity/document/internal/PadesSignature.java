package org.opencity.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS SignedData inside a PAdES baseline (B-B) signature: detached, SHA-256, the signer's certificate
 * named by a signing-certificate-v2 attribute, the whole chain included, and no signing-time attribute
 * (PAdES takes the time from the signature dictionary's M entry instead).
 */
public final class PadesSignature {

    private PadesSignature() {}

    public static byte[] cms(InputStream signedRanges, SigningIdentity identity) throws IOException {
        try {
            X509Certificate certificate = identity.certificate();
            String algorithm =
                    certificate.getPublicKey().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(identity.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(withoutSigningTime(signingCertificateV2(certificate)))
                            .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(identity.chain()));
            var content = new CMSProcessableByteArray(signedRanges.readAllBytes());
            return generator.generate(content, false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Could not create the CMS signature", e);
        }
    }

    private static AttributeTable signingCertificateV2(X509Certificate certificate)
            throws CertificateEncodingException, GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        X500Name issuer =
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        IssuerSerial issuerSerial =
                new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new AttributeTable(attributes);
    }

    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable extra) {
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(extra);
        return (Map parameters) -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
