package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A dossier is rated once.
 */
class AlreadyRated extends LocalizedProblem {

    AlreadyRated(String code) {
        super(HttpStatus.CONFLICT, "problem.dossier.already-rated", code);
    }
}
