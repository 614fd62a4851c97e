package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A procedure that is only described here, done in person.
 */
public class NotOnline extends LocalizedProblem {

    public NotOnline(String procedure) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "problem.dossier.not-online", procedure);
    }
}
