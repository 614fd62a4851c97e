package org.opencity.insight;

import java.time.YearMonth;
import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class MonthlyReportNotFound extends LocalizedProblem {

    public MonthlyReportNotFound(YearMonth month) {
        super(HttpStatus.NOT_FOUND, "problem.insight.monthly-report.not-found", month.toString());
    }
}
