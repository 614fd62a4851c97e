package org.opencity.hotline.internal.console;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No such call, waiting caller, call-back or recording. */
public class HotlineRecordNotFound extends LocalizedProblem {

    public HotlineRecordNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.hotline.not-found");
    }
}
