package org.opencity.dossier.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of dossiers, prefix {@code opencity.dossier}.
 *
 * @param defaultProcessingDays the deadline when the catalogue gives none
 */
@ConfigurationProperties("opencity.dossier")
public record DossierProperties(
        @DefaultValue("10MB") DataSize maxDocumentSize,
        @DefaultValue("20") int maxDocuments,
        @DefaultValue("10") int defaultProcessingDays) {}
