package org.opencity.report;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class ReportNotFound extends LocalizedProblem {

    public ReportNotFound(String number) {
        super(HttpStatus.NOT_FOUND, "problem.report.not-found", number);
    }
}
