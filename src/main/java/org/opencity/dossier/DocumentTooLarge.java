package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A file over the size limit.
 */
public class DocumentTooLarge extends LocalizedProblem {

    public DocumentTooLarge(long maxMegabytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "problem.dossier.document-too-large", maxMegabytes);
    }
}
