package org.opencity.report;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class UnsupportedPhoto extends LocalizedProblem {

    public UnsupportedPhoto(String filename) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.photo.unsupported", filename);
    }
}
