package org.opencity.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A document is composed, signed by its unit, and then judged by poppler's pdfsig (an independent verifier,
 * NSS underneath) with the demo root CA as its only trust anchor, and by our own verifier.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentSigningTests {

    @Autowired
    DocumentComposer composer;

    @Autowired
    DocumentSigner signer;

    @Autowired
    SignatureVerifier verifier;

    @Autowired
    Units units;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    private Unit hoanKiem() {
        return units.byCode("UBND-00070");
    }

    private byte[] signedPermit() {
        return signer.sign(composer.compose(TestDocuments.permit(3)), hoanKiem().id(), "Cấp giấy phép", "Hà Nội");
    }

    private Path trustedNssDb() throws Exception {
        String pem = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/documents/ca.pem"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Poppler.nssTrusting(dir, pem);
    }

    @Test
    void pdfsigFindsTheSignatureValidTrustedAndCoveringTheWholeFile() throws Exception {
        Path pdf = Files.write(dir.resolve("signed.pdf"), signedPermit());

        Poppler.Result result = Poppler.pdfsig(trustedNssDb(), pdf);

        assertThat(result.output())
                .contains("Signature is Valid")
                .contains("Total document signed")
                .contains("Certificate is Trusted")
                .contains("ETSI.CAdES.detached")
                .contains("Signer Certificate Common Name: " + TestDocuments.UNIT);
    }

    @Test
    void oneChangedByteInsideTheSignedRangeFailsPdfsigAndOurVerifier() throws Exception {
        byte[] signed = signedPermit();
        byte[] tampered = tamper(signed);
        Path pdf = Files.write(dir.resolve("tampered.pdf"), tampered);

        Poppler.Result result = Poppler.pdfsig(trustedNssDb(), pdf);

        assertThat(result.output()).doesNotContain("Signature is Valid").contains("Digest Mismatch");
        SignatureCheck check = verifier.verify(tampered);
        assertThat(check.signed()).isTrue();
        assertThat(check.intact()).isFalse();
        assertThat(check.valid()).isFalse();
    }

    /** Changes the binary comment on the PDF's second line: still a readable PDF, but not the signed bytes. */
    static byte[] tamper(byte[] pdf) {
        byte[] copy = pdf.clone();
        int secondLine = new String(copy, 0, 32, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        assertThat(copy[secondLine]).isEqualTo((byte) '%');
        copy[secondLine + 1] ^= 0x01;
        return copy;
    }

    @Test
    void ourVerifierAgreesWithPdfsigOnAnUntouchedFile() {
        SignatureCheck check = verifier.verify(signedPermit());

        assertThat(check.signed()).isTrue();
        assertThat(check.signatureCount()).isEqualTo(1);
        assertThat(check.signer()).isEqualTo(TestDocuments.UNIT);
        assertThat(check.issuer()).isEqualTo("OpenCity Demo Root CA");
        assertThat(check.reason()).isEqualTo("Cấp giấy phép");
        assertThat(check.signedAt()).isNotNull();
        assertThat(check.coversWholeDocument()).isTrue();
        assertThat(check.intact()).isTrue();
        assertThat(check.chainTrusted()).isTrue();
        assertThat(check.valid()).isTrue();
    }

    @Test
    void bytesAppendedAfterTheSignatureAreNotCovered() {
        byte[] signed = signedPermit();
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 8);
        System.arraycopy("\n%extra\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 8);

        SignatureCheck check = verifier.verify(appended);

        assertThat(check.intact()).isTrue();
        assertThat(check.coversWholeDocument()).isFalse();
        assertThat(check.valid()).isFalse();
    }

    @Test
    void anUnsignedPdfIsReportedAsUnsigned() {
        SignatureCheck check = verifier.verify(composer.compose(TestDocuments.permit(1)));

        assertThat(check.signed()).isFalse();
        assertThat(check.valid()).isFalse();
    }

    @Test
    void signingRefusesSomethingThatIsNotAPdfAndAnUnknownUnit() {
        assertThatThrownBy(() -> signer.sign(
                        "hello".getBytes(StandardCharsets.UTF_8), hoanKiem().id(), "r", "l"))
                .isInstanceOf(NotAPdf.class);
        UnitId nobody = UnitId.of(java.util.UUID.randomUUID());
        assertThatThrownBy(() -> signer.sign(composer.compose(TestDocuments.permit(1)), nobody, "r", "l"))
                .isInstanceOf(SigningUnitNotFound.class);
    }
}
