package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * A resident sent a dossier to the one-stop desk.
 */
public record DossierSubmitted(String code, AccountId applicant, String procedureName) {}
