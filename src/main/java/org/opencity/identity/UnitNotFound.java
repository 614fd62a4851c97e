package org.opencity.identity;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class UnitNotFound extends LocalizedProblem {

    public UnitNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "problem.unit.not-found", code);
    }
}
