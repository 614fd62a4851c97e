package org.opencity.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.opencity.dossier.DossierDesk;
import org.opencity.dossier.DossierFiles;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.NewDossier;
import org.opencity.dossier.Rating;
import org.opencity.dossier.UploadedDocument;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.procedure.FormField;
import org.opencity.procedure.ProcedureCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dossiers of the verified demo resident at the Hoàn Kiếm one-stop desk, in every stage, so that a first look at
 * the desk and at "my dossiers" shows the process: waiting, received, in processing, sent back, overdue, with a
 * signed result, handed over and rated. Runs once, when demo data are on and there is no dossier yet, through the
 * same services as a person would.
 */
@Component
@Order(20)
class DossierDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DossierDemoData.class);
    private static final List<String> PROCEDURES = List.of("1.001193", "1.000894", "1.001612", "1.004194",
            "1.004222", "1.013225", "1.013978", "3.000333", "1.000656", "1.001193", "1.000894", "1.001612");

    private final DossierManagement dossiers;
    private final DossierFiles files;
    private final DossierDesk desk;
    private final Collaborators with;
    private final int count;

    DossierDemoData(DossierManagement dossiers, DossierFiles files, DossierDesk desk, Collaborators with,
            @Value("${opencity.demo.enabled}") boolean enabled, @Value("${opencity.demo.dossiers:12}") int count) {
        this.dossiers = dossiers;
        this.files = files;
        this.desk = desk;
        this.with = with;
        this.count = enabled ? count : 0;
    }

    /** What the demo needs besides the dossier services. */
    @Component
    record Collaborators(Actors actors, ProcedureCatalogue procedures, JdbcClient jdbc) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0 || with.jdbc().sql("select count(*) from dsr_dossier").query(Long.class).single() > 0) {
            return;
        }
        AccountId resident = with.actors().byLogin("verified@demo.opencity.vn").orElse(null);
        AccountId clerkId = with.actors().byLogin("clerk.hoankiem@demo.opencity.vn").orElse(null);
        if (resident == null || clerkId == null) {
            return;
        }
        Actor clerk = with.actors().actor(clerkId).orElseThrow();
        int made = 0;
        for (int i = 0; i < count; i++) {
            String code = PROCEDURES.get(i % PROCEDURES.size());
            try {
                String dossier = submitted(resident, code, i);
                advance(clerk, resident, dossier, i % 8);
                made++;
            } catch (org.opencity.platform.LocalizedProblem skipped) {
                log.debug("demo dossier for {} skipped: {}", code, skipped.getMessage());
            } catch (RuntimeException broken) {
                // Demo data must never keep the platform from starting.
                log.warn("demo dossier for {} not made", code, broken);
            }
        }
        log.info("Demo dossiers: {} at the Hoàn Kiếm one-stop desk", made);
    }

    private String submitted(AccountId resident, String procedure, int i) {
        Map<String, String> form = new HashMap<>();
        for (FormField field : with.procedures().get(procedure).formFields()) {
            form.put(field.name(), switch (field.type()) {
                case DATE -> LocalDate.of(2026, 10, 1 + i).toString();
                case NUMBER -> "1";
                case SELECT -> field.options().isEmpty() ? "—" : field.options().get(0);
                default -> "Ngô Thị Lan";
            });
        }
        DossierView draft = dossiers.start(new NewDossier(resident, procedure, "00070", form, "demo-" + i), Locale.ROOT);
        for (DossierView.Requirement requirement : draft.requirements()) {
            if (requirement.required()) {
                files.attach(resident, draft.code(), new UploadedDocument(requirement.index(), "ban-chup.pdf", pdf()));
            }
        }
        if (draft.payment() == org.opencity.dossier.Payment.UNPAID) {
            dossiers.settleFee(resident, draft.code(), false, Locale.ROOT);
        }
        return dossiers.submit(resident, draft.code(), Locale.ROOT).code();
    }

    /** Stage 0 stays at the desk; the others go further, one step more each. */
    private void advance(Actor clerk, AccountId resident, String code, int stage) {
        Locale vi = Locale.forLanguageTag("vi");
        if (stage == 0) {
            return;
        }
        desk.receive(clerk, code, vi);
        if (stage == 1) {
            return;
        }
        desk.assign(clerk, code, clerk.id(), vi);
        switch (stage) {
            case 2 -> { }
            case 3 -> desk.returnForSupplement(clerk, code, "Bổ sung bản sao giấy tờ tùy thân còn hạn.", vi);
            case 4 -> overdue(code);
            case 5 -> desk.refuse(clerk, code, "Người yêu cầu không thuộc trường hợp được giải quyết.", vi);
            default -> {
                desk.approve(clerk, code, "Đủ điều kiện", vi);
                desk.issueResult(clerk, code, vi);
                if (stage == 7) {
                    desk.deliver(clerk, code, vi);
                    dossiers.rate(resident, code, new Rating(5, 5, 4, 5, 5, "Cán bộ hướng dẫn tận tình."));
                }
            }
        }
    }

    /** A dossier whose deadline passed, so the desk's overdue list and the apology letter have something to show. */
    private void overdue(String code) {
        Instant past = Instant.now().minusSeconds(3 * 24 * 3600);
        with.jdbc().sql("update dsr_dossier set submitted_at = :submitted, received_at = :received, due_at = :due"
                        + " where code = :code")
                .param("submitted", java.sql.Timestamp.from(past.minusSeconds(11 * 24 * 3600)))
                .param("received", java.sql.Timestamp.from(past.minusSeconds(10 * 24 * 3600)))
                .param("due", java.sql.Timestamp.from(past)).param("code", code).update();
        with.jdbc().sql("update dsr_event set at = case action when 'SUBMIT' then cast(:submitted as timestamptz)"
                        + " else cast(:received as timestamptz) end,"
                        + " due_at = case when due_at is null then null else cast(:due as timestamptz) end"
                        + " where dossier_id = (select id from dsr_dossier where code = :code)")
                .param("submitted", java.sql.Timestamp.from(past.minusSeconds(11 * 24 * 3600)))
                .param("received", java.sql.Timestamp.from(past.minusSeconds(10 * 24 * 3600)))
                .param("due", java.sql.Timestamp.from(past)).param("code", code).update();
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
