package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A file that is not a PDF, JPEG or PNG by its content, whatever its name says.
 */
class UnsupportedDocument extends LocalizedProblem {

    UnsupportedDocument(String detected) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.dossier.unsupported-document", detected);
    }
}
