package org.opencity.dossier;

import java.util.Map;
import org.opencity.identity.AccountId;

/**
 * A resident starts a dossier.
 *
 * @param wardCode the ward whose one-stop desk receives it; null = the applicant's home ward
 * @param submissionKey chosen by the client (the page puts one in its form); the same key again returns the same
 *        dossier instead of a second one
 */
public record NewDossier(
        AccountId applicant, String procedureCode, String wardCode, Map<String, String> form, String submissionKey) {}
