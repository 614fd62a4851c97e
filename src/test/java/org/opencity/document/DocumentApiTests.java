package org.opencity.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.opencity.identity.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Anyone can download the CA certificate and check a signed file; bad uploads get problem responses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentComposer composer;

    @Autowired
    DocumentSigner signer;

    @Autowired
    Units units;

    private byte[] signed() {
        return signer.sign(
                composer.compose(TestDocuments.permit(1)),
                units.byCode("UBND-00070").id(),
                "Cấp giấy phép",
                "Hà Nội");
    }

    private ResultActions upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/documents/verify")
                .file(new MockMultipartFile("file", "document.pdf", "application/pdf", bytes)));
    }

    @Test
    void theCaCertificateIsPublicAsPemAndDer() throws Exception {
        String pem = mvc.perform(get("/api/v1/documents/ca.pem"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/x-pem-file"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] der = mvc.perform(get("/api/v1/documents/ca.cer"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"opencity-ca.cer\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        var fromPem = (X509Certificate)
                x509.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        var fromDer = (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(der));
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(fromPem).isEqualTo(fromDer);
        assertThat(fromDer.getSubjectX500Principal().getName()).contains("CN=OpenCity Demo Root CA");
    }

    @Test
    void aSignedUploadIsReportedValid() throws Exception {
        upload(signed())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signed").value(true))
                .andExpect(jsonPath("$.signer").value(TestDocuments.UNIT))
                .andExpect(jsonPath("$.signedAt").isNotEmpty())
                .andExpect(jsonPath("$.coversWholeDocument").value(true))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.chainTrusted").value(true))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void aTamperedUploadIsReportedBroken() throws Exception {
        upload(DocumentSigningTests.tamper(signed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signed").value(true))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void somethingThatIsNotAPdfIsABadRequest() throws Exception {
        upload("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:opencity:problem:document-not-a-pdf"));
        upload("%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:opencity:problem:document-not-a-pdf"));
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);

        upload(big)
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:opencity:problem:document-too-large"));
    }

    @Test
    void aMissingFileIsABadRequest() throws Exception {
        mvc.perform(multipart("/api/v1/documents/verify"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
