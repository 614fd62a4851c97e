package org.opencity.document;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** An uploaded document is over the size the platform checks. */
public class DocumentTooLarge extends LocalizedProblem {

    public DocumentTooLarge(long maxMegabytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "problem.document.too-large", maxMegabytes);
    }
}
