package org.opencity.hotline.twiml;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** A webhook path that is no step of a call. */
class UnknownStep extends LocalizedProblem {

    UnknownStep() {
        super(HttpStatus.NOT_FOUND, "problem.hotline.step-unknown");
    }
}
