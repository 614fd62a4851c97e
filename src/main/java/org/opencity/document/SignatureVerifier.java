package org.opencity.document;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.opencity.document.internal.CertificateChains;
import org.opencity.document.internal.CertificateNames;
import org.opencity.document.internal.CmsVerification;
import org.opencity.document.internal.UnitKeys;
import org.springframework.stereotype.Service;

/**
 * Checks the last signature of a PDF the way a relying party would: which bytes it covers, whether those
 * bytes are unchanged (CMS digest and signature, BouncyCastle), and whether the signer's certificate chains to
 * the platform's trust anchors (JDK PKIX).
 */
@Service
public class SignatureVerifier {

    private final UnitKeys keys;

    SignatureVerifier(UnitKeys keys) {
        this.keys = keys;
    }

    /** @throws NotAPdf when the bytes are not a readable PDF */
    public SignatureCheck verify(byte[] pdf) {
        try (PDDocument document = PdfUploads.load(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SignatureCheck.unsigned();
            }
            Optional<PDSignature> last = signatures.stream()
                    .filter(signature -> wellFormed(signature.getByteRange(), pdf.length))
                    .max(Comparator.comparingLong(signature -> end(signature.getByteRange())));
            if (last.isEmpty()) {
                return new SignatureCheck(
                        true, signatures.size(), null, null, null, null, null, false, false, false, false);
            }
            return check(last.get(), signatures.size(), pdf);
        } catch (IOException e) {
            throw new NotAPdf();
        }
    }

    private SignatureCheck check(PDSignature signature, int count, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        CmsVerification cms = CmsVerification.of(signature.getContents(pdf), signature.getSignedContent(pdf));
        boolean whole = coversWholeFile(range, pdf);
        boolean trusted = CertificateChains.trusted(cms.signer(), cms.certificates(), keys.trustAnchors());
        var signedAt =
                signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        return new SignatureCheck(
                true,
                count,
                CertificateNames.subject(cms.signer()),
                CertificateNames.issuer(cms.signer()),
                signedAt,
                signature.getReason(),
                signature.getLocation(),
                whole,
                cms.intact(),
                trusted,
                whole && cms.intact() && trusted);
    }

    private static boolean wellFormed(int[] range, int length) {
        return range != null
                && range.length == 4
                && range[0] >= 0
                && range[1] >= 0
                && range[3] >= 0
                && (long) range[0] + range[1] <= range[2]
                && (long) range[2] + range[3] <= length;
    }

    private static long end(int[] range) {
        return (long) range[2] + range[3];
    }

    /** From the first byte to the last, leaving out only the signature's own hex string. */
    private static boolean coversWholeFile(int[] range, byte[] pdf) {
        return range[0] == 0
                && end(range) == pdf.length
                && range[2] > range[1]
                && pdf[range[1]] == '<'
                && pdf[range[2] - 1] == '>';
    }
}
