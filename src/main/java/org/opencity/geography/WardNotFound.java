package org.opencity.geography;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class WardNotFound extends LocalizedProblem {

    public WardNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "problem.ward.not-found", code);
    }
}
