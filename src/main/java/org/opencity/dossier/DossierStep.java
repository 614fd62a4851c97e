package org.opencity.dossier;

import java.time.Instant;

/**
 * One line of a dossier's history. Internal notes and officers' names are only in the officers' view.
 */
public record DossierStep(
        Instant at,
        DossierAction action,
        DossierStatus from,
        DossierStatus to,
        String note,
        boolean publicNote,
        String actorName,
        Instant dueAt) {}
