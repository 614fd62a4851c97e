package org.opencity.dossier;

import java.time.Instant;

/**
 * A line of a list: the resident's dossiers or an officer's queue.
 */
public record DossierSummary(
        String code,
        String procedureName,
        DossierStatus status,
        Timeliness timeliness,
        Instant submittedAt,
        Instant dueAt,
        String wardCode) {}
