package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The signed result is ready.
 */
public record DossierResultIssued(String code, AccountId applicant, String procedureName) {
}
