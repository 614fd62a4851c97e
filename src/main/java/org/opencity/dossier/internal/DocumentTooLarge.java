package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A file over the size limit.
 */
class DocumentTooLarge extends LocalizedProblem {

    DocumentTooLarge(long maxMegabytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "problem.dossier.document-too-large", maxMegabytes);
    }
}
