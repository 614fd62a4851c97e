package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Every event of a dossier's step carries the id of the history entry that step wrote, so a step that happens again
 * (sent back twice with the same reason) is a new event, never a copy of the first.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class DossierEventsTests {

    static final String REASON = "Bổ sung bản sao giấy chứng sinh có chứng thực.";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierFiles files;

    @Autowired
    DossierDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.opencity.identity.IdentityVerification identityChecks;

    @Autowired
    Actors actors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachStepsEventCarriesItsHistoryEntry(AssertablePublishedEvents events) {
        Account resident = verifiedResident();
        Actor clerk = person("clerk.hoankiem@demo.opencity.vn");
        String code = submitted(resident);

        desk.returnForSupplement(clerk, code, REASON, Locale.ROOT);
        dossiers.resubmit(resident.id(), code, Locale.ROOT);
        desk.receive(clerk, code, Locale.ROOT);
        desk.assign(clerk, code, clerk.id(), Locale.ROOT);
        desk.returnForSupplement(clerk, code, REASON, Locale.ROOT);
        dossiers.resubmit(resident.id(), code, Locale.ROOT);
        desk.approve(clerk, code, null, Locale.ROOT);
        desk.issueResult(clerk, code, Locale.ROOT);

        assertThat(events.ofType(DossierReturned.class).matching(e -> e.code().equals(code)))
                .extracting(DossierReturned::stepId)
                .containsExactlyElementsOf(steps(code, "RETURN_FOR_SUPPLEMENT"))
                .hasSize(2)
                .doesNotHaveDuplicates();
        assertThat(events.ofType(DossierReceived.class).matching(e -> e.code().equals(code)))
                .extracting(DossierReceived::stepId)
                .containsExactlyElementsOf(steps(code, "RECEIVE"));
        assertThat(events.ofType(DossierAssigned.class).matching(e -> e.code().equals(code)))
                .extracting(DossierAssigned::stepId)
                .containsExactlyElementsOf(steps(code, "ASSIGN"));
        assertThat(events.ofType(DossierResultIssued.class)
                        .matching(e -> e.code().equals(code)))
                .extracting(DossierResultIssued::stepId)
                .containsExactlyElementsOf(steps(code, "ISSUE_RESULT"));
    }

    @Test
    void aRefusalCarriesItsHistoryEntry(AssertablePublishedEvents events) {
        String code = submitted(verifiedResident());
        desk.notAccept(person("clerk.hoankiem@demo.opencity.vn"), code, "Không thuộc thẩm quyền.", Locale.ROOT);

        assertThat(events.ofType(DossierRefused.class).matching(e -> e.code().equals(code)))
                .extracting(DossierRefused::stepId)
                .containsExactlyElementsOf(steps(code, "NOT_ACCEPT"));
    }

    private List<Long> steps(String code, String action) {
        return jdbc.sql("""
                select e.id from dsr_event e join dsr_dossier d on d.id = e.dossier_id
                where d.code = :code and e.action = :action order by e.id""")
                .param("code", code)
                .param("action", action)
                .query(Long.class)
                .list();
    }

    private Actor person(String login) {
        return actors.actor(actors.byLogin(login).orElseThrow()).orElseThrow();
    }

    /** A resident of Hoàn Kiếm whose identity the ward verified (birth registration needs level 2). */
    private Account verifiedResident() {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Account account = accounts.register(new Registration(
                "Lê Thị Mẹ", phone, "su-kien-" + System.nanoTime() + "@example.vn", "một mật khẩu dài", "00070", "vi"));
        String citizenId =
                "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        return identityChecks.verify(person("officer.hoankiem@demo.opencity.vn"), account.id(), citizenId);
    }

    /** A birth registration with every required document, sent to the Hoàn Kiếm desk. */
    private String submitted(Account resident) {
        Map<String, String> form = Map.of(
                "childFullName",
                "Lê Minh An",
                "childBirthDate",
                "2026-11-01",
                "childSex",
                "Nam",
                "birthPlace",
                "Bệnh viện Phụ sản Hà Nội",
                "motherFullName",
                "Lê Thị Mẹ");
        DossierView draft = dossiers.start(new NewDossier(resident.id(), "1.001193", null, form, null), Locale.ROOT);
        for (DossierView.Requirement requirement : draft.requirements()) {
            if (requirement.required()) {
                files.attach(
                        resident.id(), draft.code(), new UploadedDocument(requirement.index(), "giay-to.pdf", pdf()));
            }
        }
        return dossiers.submit(resident.id(), draft.code(), Locale.ROOT).code();
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
