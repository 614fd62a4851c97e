package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A required form field left empty.
 */
class MissingField extends LocalizedProblem {

    MissingField(String label) {
        super(HttpStatus.BAD_REQUEST, "problem.dossier.missing-field", label);
    }
}
