package org.opencity.dossier;

import java.time.Instant;

/**
 * One dossier behind a figure, for the operators' drill-down: what it is and how it went, nothing about who applied.
 */
public record DossierFigureItem(
        String code,
        String procedureCode,
        String procedureName,
        String wardCode,
        DossierStatus status,
        Timeliness timeliness,
        Instant submittedAt,
        Instant dueAt,
        Instant finishedAt) {}
