package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The dossier was sent back to the resident to complete.
 */
public record DossierReturned(String code, AccountId applicant, String procedureName, String reason) {
}
