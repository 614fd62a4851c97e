package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A procedure that is only described here, done in person.
 */
class NotOnline extends LocalizedProblem {

    NotOnline(String procedure) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "problem.dossier.not-online", procedure);
    }
}
