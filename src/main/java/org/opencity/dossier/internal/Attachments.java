package org.opencity.dossier.internal;

import java.util.ArrayList;
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
        String type = acceptedType(upload);
        if (documents.of(dossier.id()).size() >= properties.maxDocuments()) {
            throw new InvalidRequest("problem.dossier.too-many-documents", properties.maxDocuments());
        }
        return store(dossier, upload, type);
    }

    /**
     * Several files sent together, all or none: every one is checked before any is kept, and the one refused is
     * named, so the resident knows which to leave out when sending the others again.
     */
    public List<DossierDocument> attachAll(DossierRecord dossier, List<UploadedDocument> uploads) {
        if (uploads.isEmpty()) {
            throw new InvalidRequest("dossier.problem.no-file");
        }
        List<String> types = new ArrayList<>();
        for (int position = 0; position < uploads.size(); position++) {
            types.add(acceptedType(uploads.get(position), position));
        }
        int attached = documents.of(dossier.id()).size();
        if (attached + uploads.size() > properties.maxDocuments()) {
            throw new InvalidRequest(
                    "problem.dossier.too-many-in-batch",
                    properties.maxDocuments(),
                    Math.max(0, properties.maxDocuments() - attached));
        }
        List<DossierDocument> stored = new ArrayList<>();
        for (int position = 0; position < uploads.size(); position++) {
            stored.add(store(dossier, uploads.get(position), types.get(position)));
        }
        return stored;
    }

    /** The file's type by its content, if the dossier takes it. */
    private String acceptedType(UploadedDocument upload) {
        byte[] content = upload.content();
        if (content.length > properties.maxDocumentSize().toBytes()) {
            throw new DocumentTooLarge(properties.maxDocumentSize().toMegabytes());
        }
        String type = tika.detect(content);
        if (content.length == 0 || !ACCEPTED.contains(type)) {
            throw new UnsupportedDocument(type);
        }
        return type;
    }

    /** As {@link #acceptedType(UploadedDocument)}, for a file among several: the refusal names it. */
    private String acceptedType(UploadedDocument upload, int position) {
        try {
            return acceptedType(upload);
        } catch (DocumentTooLarge tooLarge) {
            throw DocumentRefused.tooLarge(
                    position, upload.fileName(), properties.maxDocumentSize().toMegabytes());
        } catch (UnsupportedDocument unsupported) {
            throw DocumentRefused.unsupported(position, upload.fileName());
        }
    }

    private DossierDocument store(DossierRecord dossier, UploadedDocument upload, String type) {
        byte[] content = upload.content();
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
