package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The desk accepted a dossier; the deadline runs. A dossier sent back at the desk and completed is received again.
 *
 * @param stepId the dossier's history entry for this reception, so a second reception is a second event; null only
 *        in publications stored before events carried it
 */
public record DossierReceived(
        String code, AccountId applicant, String procedureName, java.time.Instant dueAt, Long stepId) {}
