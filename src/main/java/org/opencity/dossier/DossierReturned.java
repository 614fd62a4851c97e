package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The dossier was sent back to the resident to complete; it may be sent back again, even for the same reason.
 *
 * @param stepId the dossier's history entry for this request, so each request is its own event; null only in
 *        publications stored before events carried it
 */
public record DossierReturned(String code, AccountId applicant, String procedureName, String reason, Long stepId) {}
