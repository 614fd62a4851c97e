package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A dossier is rated once.
 */
public class AlreadyRated extends LocalizedProblem {

    public AlreadyRated(String code) {
        super(HttpStatus.CONFLICT, "problem.dossier.already-rated", code);
    }
}
