package org.opencity.dossier;

import java.time.Instant;
import org.opencity.identity.AccountId;

/**
 * A dossier was given to an officer to process: the officer should hear of it, with the deadline.
 */
public record DossierAssigned(String code, AccountId assignee, String procedureName, Instant dueAt, Instant at) {
}
