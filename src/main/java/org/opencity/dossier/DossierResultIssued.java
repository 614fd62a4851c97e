package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The signed result is ready.
 *
 * @param stepId the dossier's history entry for the issue; null only in publications stored before events carried it
 */
public record DossierResultIssued(String code, AccountId applicant, String procedureName, Long stepId) {}
