package org.opencity.document;

import java.time.Instant;

/**
 * What the platform found in a PDF's last signature.
 *
 * @param signed the file has at least one signature
 * @param signatureCount how many signatures the file has; the others are not checked
 * @param signer the signing certificate's common name (the issuing unit)
 * @param issuer the common name of the certificate authority that issued it
 * @param signedAt the time the signer's software wrote into the signature; claimed, not proven (no timestamp yet)
 * @param coversWholeDocument the signed byte ranges reach the end of the file: nothing was appended afterwards
 * @param intact the signed bytes are exactly those the signer signed (digest and CMS signature verify)
 * @param chainTrusted the signing certificate chains to one of the platform's trust anchors and is valid now
 * @param valid all three of the above
 */
public record SignatureCheck(
        boolean signed,
        int signatureCount,
        String signer,
        String issuer,
        Instant signedAt,
        String reason,
        String location,
        boolean coversWholeDocument,
        boolean intact,
        boolean chainTrusted,
        boolean valid) {

    static SignatureCheck unsigned() {
        return new SignatureCheck(false, 0, null, null, null, null, null, false, false, false, false);
    }
}
