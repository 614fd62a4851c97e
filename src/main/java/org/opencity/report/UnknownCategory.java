package org.opencity.report;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class UnknownCategory extends LocalizedProblem {

    public UnknownCategory(String code) {
        super(HttpStatus.BAD_REQUEST, "problem.report.unknown-category", code);
    }
}
