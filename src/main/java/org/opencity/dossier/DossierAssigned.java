package org.opencity.dossier;

import java.time.Instant;
import org.opencity.identity.AccountId;

/**
 * A dossier was given to an officer to process: the officer should hear of it, with the deadline.
 *
 * @param stepId the dossier's history entry for this assignment (a dossier may be assigned several times); null
 *        only in publications stored before events carried it
 */
public record DossierAssigned(
        String code, AccountId assignee, String procedureName, Instant dueAt, Instant at, Long stepId) {}
