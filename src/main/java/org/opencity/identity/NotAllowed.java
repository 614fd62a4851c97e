package org.opencity.identity;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class NotAllowed extends LocalizedProblem {

    public NotAllowed() {
        super(HttpStatus.FORBIDDEN, "problem.not-allowed");
    }
}
