package org.opencity.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a dossier, answering one of the procedure's required documents (by its position in the
 * procedure's list) or extra.
 */
public record DossierDocument(
        UUID id,
        Integer requirement,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt) {}
