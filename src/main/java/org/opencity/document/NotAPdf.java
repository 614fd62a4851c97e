package org.opencity.document;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** The bytes given are not a PDF that can be read. */
public class NotAPdf extends LocalizedProblem {

    public NotAPdf() {
        super(HttpStatus.BAD_REQUEST, "problem.document.not-a-pdf");
    }
}
