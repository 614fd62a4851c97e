package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The dossier was refused, or not accepted at the desk.
 */
public record DossierRefused(String code, AccountId applicant, String procedureName, String reason) {
}
