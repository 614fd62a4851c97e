package org.opencity.dossier;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.shared.FileName;
import org.opencity.shared.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a dossier: files the resident attaches (checked by content, not by name), the one-stop forms, and
 * the signed result. Only the applicant and the officers handling the dossier get them.
 */
@Service
public class DossierFiles {

    private static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    private final DossierSteps steps;
    private final DossierViews views;
    private final OneStopForms forms;
    private final DossierProperties properties;
    private final Tika tika = new Tika();

    DossierFiles(DossierSteps steps, DossierViews views, OneStopForms forms, DossierProperties properties) {
        this.steps = steps;
        this.views = views;
        this.forms = forms;
        this.properties = properties;
    }

    /** A file the applicant adds while the dossier is a draft or sent back for supplement. */
    @Transactional
    public DossierDocument attach(AccountId applicant, String code, UploadedDocument upload) {
        DossierRecord dossier = DossierAccess.ownedBy(applicant, steps.find(code));
        if (dossier.status() != DossierStatus.DRAFT && dossier.status() != DossierStatus.RETURNED) {
            throw new DossierStepNotAllowed(DossierAction.SUBMIT, dossier.status());
        }
        byte[] content = upload.content();
        if (content.length > properties.maxDocumentSize().toBytes()) {
            throw new DocumentTooLarge(properties.maxDocumentSize().toMegabytes());
        }
        String type = tika.detect(content);
        if (content.length == 0 || !ACCEPTED.contains(type)) {
            throw new UnsupportedDocument(type);
        }
        if (views.documents().of(dossier.id()).size() >= properties.maxDocuments()) {
            throw new org.opencity.platform.InvalidRequest("problem.dossier.too-many-documents",
                    properties.maxDocuments());
        }
        int requirements = views.documentsOf(dossier).size();
        Integer requirement = upload.requirement() != null && upload.requirement() >= 0
                && upload.requirement() < requirements ? upload.requirement() : null;
        DossierDocument document = new DossierDocument(UUID.randomUUID(), requirement, safeName(upload.fileName()),
                type, content.length, Sha256.hex(content), steps.now());
        views.documents().insert(dossier.id(), document, content);
        return document;
    }

    @Transactional
    public void detach(AccountId applicant, String code, UUID document) {
        DossierRecord dossier = DossierAccess.ownedBy(applicant, steps.find(code));
        if (dossier.status() != DossierStatus.DRAFT && dossier.status() != DossierStatus.RETURNED) {
            throw new DossierStepNotAllowed(DossierAction.SUBMIT, dossier.status());
        }
        views.documents().delete(dossier.id(), document);
    }

    /** A file for the applicant or a handling officer. */
    @Transactional(readOnly = true)
    public File document(Actor person, String code, UUID documentId) {
        DossierRecord dossier = readable(person, code);
        DossierDocument meta = views.documents().of(dossier.id()).stream().filter(d -> d.id().equals(documentId))
                .findFirst().orElseThrow(() -> new DossierNotFound(code));
        return new File(meta.fileName(), meta.contentType(),
                views.documents().content(dossier.id(), documentId).orElseThrow(() -> new DossierNotFound(code)));
    }

    @Transactional(readOnly = true)
    public File result(Actor person, String code) {
        DossierRecord dossier = readable(person, code);
        return new File(dossier.code() + "-ket-qua.pdf", "application/pdf",
                views.results().pdf(dossier.id()).orElseThrow(() -> new DossierNotFound(code)));
    }

    @Transactional(readOnly = true)
    public File form(Actor person, String code, OneStopForm form) {
        DossierRecord dossier = readable(person, code);
        boolean officer = DossierAccess.officerMay(person, dossier);
        if (!officer && !form.forApplicant()) {
            throw new DossierNotFound(code);
        }
        if (!available(form, dossier)) {
            throw new DossierStepNotAllowed(DossierAction.RECEIVE, dossier.status());
        }
        byte[] pdf = forms.form(form, dossier, steps.history().of(dossier.id()), views.documents().of(dossier.id()));
        return new File(dossier.code() + "-mau-" + form.formNumber() + ".pdf", "application/pdf", pdf);
    }

    private static boolean available(OneStopForm form, DossierRecord d) {
        return switch (form) {
            case RECEIPT -> d.receivedAt() != null;
            case SUPPLEMENT -> d.status() == DossierStatus.RETURNED;
            case NOT_ACCEPTED -> d.status() == DossierStatus.NOT_ACCEPTED;
            case APOLOGY, CONTROL_SHEET -> d.receivedAt() != null;
        };
    }

    private DossierRecord readable(Actor person, String code) {
        DossierRecord dossier = steps.find(code);
        if (person != null && dossier.applicantId().equals(person.id().value())) {
            return dossier;
        }
        return DossierAccess.handledBy(person, dossier);
    }

    private static String safeName(String name) {
        return FileName.clean(name, "tai-lieu");
    }


    /** A file to send back to the browser. */
    public record File(String name, String contentType, byte[] content) {
    }
}
