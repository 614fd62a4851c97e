package org.opencity.dossier.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.opencity.dossier.DossierDocument;
import org.opencity.dossier.DossierFiles;
import org.opencity.dossier.UploadedDocument;
import org.opencity.platform.InvalidRequest;
import org.opencity.shared.FileName;
import org.opencity.shared.Sha256;
import org.springframework.stereotype.Component;

/**
 * The files a resident attaches to a dossier: PDF, JPEG or PNG by their content, whatever their name says, within
 * the size and number limits, each answering one of the procedure's papers or extra.
 */
@Component
public class Attachments {

    private static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    private final DocumentRepository documents;
    private final DossierProcedures procedures;
    private final DossierProperties properties;
    private final DossierClock clock;
    private final Tika tika = new Tika();

    Attachments(
            DocumentRepository documents,
            DossierProcedures procedures,
            DossierProperties properties,
            DossierClock clock) {
        this.documents = documents;
        this.procedures = procedures;
        this.properties = properties;
        this.clock = clock;
    }

    public List<DossierDocument> of(DossierRecord dossier) {
        return documents.of(dossier.id());
    }

    public DossierDocument attach(DossierRecord dossier, UploadedDocument upload) {
        byte[] content = upload.content();
        if (content.length > properties.maxDocumentSize().toBytes()) {
            throw new DocumentTooLarge(properties.maxDocumentSize().toMegabytes());
        }
        String type = tika.detect(content);
        if (content.length == 0 || !ACCEPTED.contains(type)) {
            throw new UnsupportedDocument(type);
        }
        if (documents.of(dossier.id()).size() >= properties.maxDocuments()) {
            throw new InvalidRequest("problem.dossier.too-many-documents", properties.maxDocuments());
        }
        int requirements = procedures.documentsOf(dossier).size();
        Integer requirement =
                upload.requirement() != null && upload.requirement() >= 0 && upload.requirement() < requirements
                        ? upload.requirement()
                        : null;
        DossierDocument document = new DossierDocument(
                UUID.randomUUID(),
                requirement,
                FileName.clean(upload.fileName(), "tai-lieu"),
                type,
                content.length,
                Sha256.hex(content),
                clock.now());
        documents.insert(dossier.id(), document, content);
        return document;
    }

    public void detach(DossierRecord dossier, UUID document) {
        documents.delete(dossier.id(), document);
    }

    /** One attached file with its content, if the dossier has it. */
    public Optional<DossierFiles.File> file(DossierRecord dossier, UUID documentId) {
        return documents.of(dossier.id()).stream()
                .filter(d -> d.id().equals(documentId))
                .findFirst()
                .flatMap(meta -> documents
                        .content(dossier.id(), documentId)
                        .map(content -> new DossierFiles.File(meta.fileName(), meta.contentType(), content)));
    }
}
