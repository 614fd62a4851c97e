package org.opencity.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.opencity.procedure.FormField;
import org.opencity.procedure.ProcedureCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One demo dossier: filled in, documented, paid and sent by the resident's services, then taken by the desk's to
 * the stage asked for. Only an overdue deadline is written straight to the tables, since no service can make time
 * pass.
 */
@Component
class DemoDossiers {

    private final DossierManagement management;
    private final DossierFiles files;
    private final DossierDesk desk;
    private final ProcedureCatalogue procedures;
    private final JdbcClient jdbc;

    DemoDossiers(
            DossierManagement management,
            DossierFiles files,
            DossierDesk desk,
            ProcedureCatalogue procedures,
            JdbcClient jdbc) {
        this.management = management;
        this.files = files;
        this.desk = desk;
        this.procedures = procedures;
        this.jdbc = jdbc;
    }

    /** A dossier of the procedure filled in, with its required papers, paid and sent; its code. */
    String submitted(AccountId resident, String procedure, int i) {
        Map<String, String> form = new HashMap<>();
        for (FormField field : procedures.get(procedure).formFields()) {
            form.put(
                    field.name(),
                    switch (field.type()) {
                        case DATE -> LocalDate.of(2026, 10, 1 + i).toString();
                        case NUMBER -> "1";
                        case SELECT ->
                            field.options().isEmpty() ? "—" : field.options().get(0);
                        default -> "Ngô Thị Lan";
                    });
        }
        DossierView draft =
                management.start(new NewDossier(resident, procedure, "00070", form, "demo-" + i), Locale.ROOT);
        for (DossierView.Requirement requirement : draft.requirements()) {
            if (requirement.required()) {
                files.attach(resident, draft.code(), new UploadedDocument(requirement.index(), "ban-chup.pdf", pdf()));
            }
        }
        if (draft.payment() == org.opencity.dossier.Payment.UNPAID) {
            management.settleFee(resident, draft.code(), false, Locale.ROOT);
        }
        return management.submit(resident, draft.code(), Locale.ROOT).code();
    }

    /** Stage 0 stays at the desk; the others go further, one step more each. */
    void advance(Actor clerk, AccountId resident, String code, int stage) {
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
            case 2 -> {}
            case 3 -> desk.returnForSupplement(clerk, code, "Bổ sung bản sao giấy tờ tùy thân còn hạn.", vi);
            case 4 -> overdue(code);
            case 5 -> desk.refuse(clerk, code, "Người yêu cầu không thuộc trường hợp được giải quyết.", vi);
            default -> {
                desk.approve(clerk, code, "Đủ điều kiện", vi);
                desk.issueResult(clerk, code, vi);
                if (stage == 7) {
                    desk.deliver(clerk, code, vi);
                    management.rate(resident, code, new Rating(5, 5, 4, 5, 5, "Cán bộ hướng dẫn tận tình."));
                }
            }
        }
    }

    /** A dossier whose deadline passed, so the desk's overdue list and the apology letter have something to show. */
    private void overdue(String code) {
        Instant past = Instant.now().minusSeconds(3 * 24 * 3600);
        jdbc.sql("update dsr_dossier set submitted_at = :submitted, received_at = :received, due_at = :due"
                        + " where code = :code")
                .param("submitted", java.sql.Timestamp.from(past.minusSeconds(11 * 24 * 3600)))
                .param("received", java.sql.Timestamp.from(past.minusSeconds(10 * 24 * 3600)))
                .param("due", java.sql.Timestamp.from(past))
                .param("code", code)
                .update();
        jdbc.sql("update dsr_event set at = case action when 'SUBMIT' then cast(:submitted as timestamptz)"
                        + " else cast(:received as timestamptz) end,"
                        + " due_at = case when due_at is null then null else cast(:due as timestamptz) end"
                        + " where dossier_id = (select id from dsr_dossier where code = :code)")
                .param("submitted", java.sql.Timestamp.from(past.minusSeconds(11 * 24 * 3600)))
                .param("received", java.sql.Timestamp.from(past.minusSeconds(10 * 24 * 3600)))
                .param("due", java.sql.Timestamp.from(past))
                .param("code", code)
                .update();
    }

    private static byte[] pdf() {
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
