package org.opencity.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.opencity.document.DocumentTooLarge;
import org.opencity.document.SignatureCheck;
import org.opencity.document.SignatureVerifier;
import org.opencity.document.internal.DocumentProperties;
import org.opencity.document.internal.UnitKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "The certificate that signs the platform's documents, and checking a signed PDF")
class DocumentApiController {

    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");
    private static final MediaType DER = MediaType.parseMediaType("application/pkix-cert");

    private final UnitKeys keys;
    private final SignatureVerifier verifier;
    private final DocumentProperties properties;

    DocumentApiController(UnitKeys keys, SignatureVerifier verifier, DocumentProperties properties) {
        this.keys = keys;
        this.verifier = verifier;
        this.properties = properties;
    }

    @GetMapping("/ca.pem")
    @Operation(summary = "The root certificate(s) the platform's signatures chain to, PEM (import it to trust them)")
    ResponseEntity<String> caPem() {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate anchor : keys.trustAnchors()) {
            pem.append("-----BEGIN CERTIFICATE-----\n")
                    .append(base64.encodeToString(der(anchor)))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return download(PEM, "opencity-ca.pem").body(pem.toString());
    }

    @GetMapping("/ca.cer")
    @Operation(summary = "The root certificate the platform's signatures chain to, DER")
    ResponseEntity<byte[]> caDer() {
        List<X509Certificate> anchors = keys.trustAnchors();
        return download(DER, "opencity-ca.cer").body(der(anchors.get(0)));
    }

    @PostMapping(value = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Check a signed PDF: who signed, when (as claimed), whether the whole file is covered "
                    + "and unchanged, and whether the certificate chains to the platform's CA")
    SignatureCheck verify(@RequestPart("file") MultipartFile file) {
        long limit = properties.maxVerifySize().toBytes();
        if (file.getSize() > limit) {
            throw new DocumentTooLarge(properties.maxVerifySize().toMegabytes());
        }
        try {
            return verifier.verify(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity.BodyBuilder download(MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The CA certificate cannot be encoded", e);
        }
    }
}
