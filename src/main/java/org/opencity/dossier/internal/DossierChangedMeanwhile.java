package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * Someone else changed the dossier between reading and writing it.
 */
class DossierChangedMeanwhile extends LocalizedProblem {

    DossierChangedMeanwhile(String code) {
        super(HttpStatus.CONFLICT, "problem.dossier.changed-meanwhile", code);
    }
}
