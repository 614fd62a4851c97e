package org.opencity.report;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class ReportStepNotAllowed extends LocalizedProblem {

    public ReportStepNotAllowed(String status) {
        super(HttpStatus.CONFLICT, "problem.report.step-not-allowed", status);
    }
}
