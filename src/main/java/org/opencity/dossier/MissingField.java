package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A required form field left empty.
 */
public class MissingField extends LocalizedProblem {

    public MissingField(String label) {
        super(HttpStatus.BAD_REQUEST, "problem.dossier.missing-field", label);
    }
}
