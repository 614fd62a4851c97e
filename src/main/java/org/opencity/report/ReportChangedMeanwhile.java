package org.opencity.report;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class ReportChangedMeanwhile extends LocalizedProblem {

    public ReportChangedMeanwhile() {
        super(HttpStatus.CONFLICT, "problem.report.changed-meanwhile");
    }
}
