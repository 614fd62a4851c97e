package org.opencity.dossier;

import org.opencity.identity.AccountId;

/**
 * The desk accepted a dossier; the deadline runs.
 */
public record DossierReceived(String code, AccountId applicant, String procedureName, java.time.Instant dueAt) {
}
