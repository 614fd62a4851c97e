package org.opencity.report;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class OutsideCity extends LocalizedProblem {

    public OutsideCity() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "problem.report.outside-city");
    }
}
