package org.opencity.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actors;
import org.opencity.identity.IdentityVerification;
import org.opencity.identity.Registration;
import org.springframework.stereotype.Component;

/**
 * Dossiers for tests, made through the module's own services: a verified resident of Hoàn Kiếm and a birth
 * registration with every required paper, submitted to the Hoàn Kiếm desk.
 */
@Component
public class TestDossiers {

    public static final String BIRTH_REGISTRATION = "1.001193";
    private static final String HOAN_KIEM_OFFICER = "officer.hoankiem@demo.opencity.vn";

    private final AccountManagement accounts;
    private final IdentityVerification identityChecks;
    private final Actors actors;
    private final DossierManagement dossiers;
    private final DossierFiles files;

    TestDossiers(
            AccountManagement accounts,
            IdentityVerification identityChecks,
            Actors actors,
            DossierManagement dossiers,
            DossierFiles files) {
        this.accounts = accounts;
        this.identityChecks = identityChecks;
        this.actors = actors;
        this.dossiers = dossiers;
        this.files = files;
    }

    /** A resident of Hoàn Kiếm whose identity the ward verified (birth registration needs level 2). */
    public Account verifiedResident() {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Account account = accounts.register(new Registration(
                "Lê Thị Mẹ", phone, "ho-so-" + System.nanoTime() + "@example.vn", "một mật khẩu dài", "00070", "vi"));
        String citizenId =
                "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        var officer =
                actors.actor(actors.byLogin(HOAN_KIEM_OFFICER).orElseThrow()).orElseThrow();
        return identityChecks.verify(officer, account.id(), citizenId);
    }

    /** A birth registration with every required document, sent to the Hoàn Kiếm desk; its receipt code. */
    public String submitted(Account resident) {
        Map<String, String> form = Map.of(
                "childFullName", "Lê Minh An",
                "childBirthDate", "2026-11-01",
                "childSex", "Nam",
                "birthPlace", "Bệnh viện Phụ sản Hà Nội",
                "motherFullName", "Lê Thị Mẹ");
        DossierView draft =
                dossiers.start(new NewDossier(resident.id(), BIRTH_REGISTRATION, null, form, null), Locale.ROOT);
        for (DossierView.Requirement requirement : draft.requirements()) {
            if (requirement.required()) {
                files.attach(
                        resident.id(), draft.code(), new UploadedDocument(requirement.index(), "giay-to.pdf", pdf()));
            }
        }
        return dossiers.submit(resident.id(), draft.code(), Locale.ROOT).code();
    }

    /** A small valid PDF: a paper the dossier accepts. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
