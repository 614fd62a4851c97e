package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The dossier was refused, or not accepted at the desk.
 *
 * @param stepId the dossier's history entry for the refusal; null only in publications stored before events
 *        carried it
 */
public record DossierRefused(String code, AccountId applicant, String procedureName, String reason, Long stepId) {}
