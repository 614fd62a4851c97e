package org.opencity.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencity.document.internal.CertificateChains;
import org.opencity.document.internal.SigningIdentity;
import org.opencity.document.internal.UnitKeys;
import org.opencity.identity.Unit;
import org.opencity.identity.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo CA is made once and then read back (a new instance against the same database gets the same root
 * and the same unit keys); unit certificates chain to it; private keys are not stored in clear.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentCertificateTests {

    @Autowired
    UnitKeys keys;

    @Autowired
    Units units;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondAuthorityOnTheSameDatabaseFindsTheSameRootAndUnitKeys() {
        Unit unit = units.byCode("UBND-00070");
        SigningIdentity first = keys.forUnit(unit);

        UnitKeys again = (UnitKeys) beans.createBean(keys.getClass());

        assertThat(again).isNotSameAs(keys);
        assertThat(again.trustAnchors()).isEqualTo(keys.trustAnchors());
        SigningIdentity second = again.forUnit(unit);
        assertThat(second.chain()).isEqualTo(first.chain());
        assertThat(second.privateKey().getEncoded())
                .isEqualTo(first.privateKey().getEncoded());
        assertThat(jdbc.sql("select count(*) from doc_signing_key where alias = 'demo-root-ca'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theRootIsASelfSignedCaNamedForTheDemo() throws Exception {
        X509Certificate root = keys.trustAnchors().get(0);

        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
        assertThat(root.getSubjectX500Principal().getName()).contains("CN=OpenCity Demo Root CA", "C=VN");
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        root.verify(root.getPublicKey());
    }

    @Test
    void aUnitCertificateNamesTheUnitAndChainsToTheRoot() throws Exception {
        Unit unit = units.byCode("UBND-00070");
        SigningIdentity identity = keys.forUnit(unit);
        X509Certificate certificate = identity.certificate();
        X509Certificate root = keys.trustAnchors().get(0);

        certificate.verify(root.getPublicKey());
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        String subject = certificate.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253);
        assertThat(org.opencity.document.internal.CertificateNames.subject(certificate))
                .isEqualTo(unit.nameVi());
        assertThat(subject).contains("C=VN");
        assertThat(certificate.getKeyUsage()).startsWith(true, true, false, false, false, false);
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(CertificateChains.trusted(certificate, identity.chain(), keys.trustAnchors()))
                .isTrue();
        assertThat(CertificateChains.trusted(certificate, identity.chain(), List.of(SelfSigned.certificate())))
                .as("the same certificate judged against a root that did not issue it")
                .isFalse();
    }

    @Test
    void privateKeysAreStoredEncrypted() {
        Unit unit = units.byCode("UBND-00070");
        byte[] clear = keys.forUnit(unit).privateKey().getEncoded();

        byte[] stored = jdbc.sql("select private_key from doc_signing_key where unit_id = :id")
                .param("id", unit.id().value())
                .query(byte[].class)
                .single();

        assertThat(stored).isNotEqualTo(clear);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(clear, java.nio.charset.StandardCharsets.ISO_8859_1).substring(0, 16));
    }
}
