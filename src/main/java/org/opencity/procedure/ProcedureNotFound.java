package org.opencity.procedure;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class ProcedureNotFound extends LocalizedProblem {

    public ProcedureNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "problem.procedure.not-found", code);
    }
}
