package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A submission without every required document: which ones are missing is in the message.
 */
class MissingDocuments extends LocalizedProblem {

    MissingDocuments(String missing) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "problem.dossier.missing-documents", missing);
    }
}
