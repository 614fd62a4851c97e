package org.opencity.report;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class PhotoTooLarge extends LocalizedProblem {

    public PhotoTooLarge(long maxMegabytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "problem.photo.too-large", maxMegabytes);
    }
}
