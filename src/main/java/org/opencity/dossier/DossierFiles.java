package org.opencity.dossier;

import java.util.UUID;
import org.opencity.dossier.internal.Attachments;
import org.opencity.dossier.internal.DossierNotFound;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.dossier.internal.DossierResults;
import org.opencity.dossier.internal.DossierSteps;
import org.opencity.dossier.internal.OneStopForms;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a dossier: files the resident attaches (checked by content, not by name), the one-stop forms, and
 * the signed result. Only the applicant and the officers handling the dossier get them.
 */
@Service
public class DossierFiles {

    private final DossierSteps steps;
    private final Attachments attachments;
    private final OneStopForms forms;
    private final DossierResults results;

    DossierFiles(DossierSteps steps, Attachments attachments, OneStopForms forms, DossierResults results) {
        this.steps = steps;
        this.attachments = attachments;
        this.forms = forms;
        this.results = results;
    }

    /** A file the applicant adds while the dossier is a draft or sent back for supplement. */
    @Transactional
    public DossierDocument attach(AccountId applicant, String code, UploadedDocument upload) {
        return attachments.attach(editable(applicant, code), upload);
    }

    @Transactional
    public void detach(AccountId applicant, String code, UUID document) {
        attachments.detach(editable(applicant, code), document);
    }

    /** A file for the applicant or a handling officer. */
    @Transactional(readOnly = true)
    public File document(Actor person, String code, UUID documentId) {
        return attachments
                .file(steps.readableBy(person, code), documentId)
                .orElseThrow(() -> new DossierNotFound(code));
    }

    @Transactional(readOnly = true)
    public File result(Actor person, String code) {
        DossierRecord dossier = steps.readableBy(person, code);
        return new File(
                dossier.code() + "-ket-qua.pdf",
                "application/pdf",
                results.pdf(dossier).orElseThrow(() -> new DossierNotFound(code)));
    }

    @Transactional(readOnly = true)
    public File form(Actor person, String code, OneStopForm form) {
        DossierRecord dossier = steps.readableBy(person, code);
        boolean officer = steps.officerMay(person, dossier);
        if (!officer && !form.forApplicant()) {
            throw new DossierNotFound(code);
        }
        if (!available(form, dossier)) {
            throw new DossierStepNotAllowed(DossierAction.RECEIVE, dossier.status());
        }
        byte[] pdf = forms.form(form, dossier, steps.history(dossier), attachments.of(dossier));
        return new File(dossier.code() + "-mau-" + form.formNumber() + ".pdf", "application/pdf", pdf);
    }

    /** The applicant's own dossier, while it is a draft or sent back for supplement. */
    private DossierRecord editable(AccountId applicant, String code) {
        DossierRecord dossier = steps.ownedBy(applicant, code);
        if (dossier.status() != DossierStatus.DRAFT && dossier.status() != DossierStatus.RETURNED) {
            throw new DossierStepNotAllowed(DossierAction.SUBMIT, dossier.status());
        }
        return dossier;
    }

    private static boolean available(OneStopForm form, DossierRecord d) {
        return switch (form) {
            case RECEIPT -> d.receivedAt() != null;
            case SUPPLEMENT -> d.status() == DossierStatus.RETURNED;
            case NOT_ACCEPTED -> d.status() == DossierStatus.NOT_ACCEPTED;
            case APOLOGY, CONTROL_SHEET -> d.receivedAt() != null;
        };
    }

    /** A file to send back to the browser. */
    public record File(String name, String contentType, byte[] content) {}
}
