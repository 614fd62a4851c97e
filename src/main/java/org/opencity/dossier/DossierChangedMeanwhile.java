package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * Someone else changed the dossier between reading and writing it.
 */
public class DossierChangedMeanwhile extends LocalizedProblem {

    public DossierChangedMeanwhile(String code) {
        super(HttpStatus.CONFLICT, "problem.dossier.changed-meanwhile", code);
    }
}
