package org.opencity.insight;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** A report asked for a month that has not ended yet, or before the platform existed. */
public class MonthlyReportMonthInvalid extends LocalizedProblem {

    public MonthlyReportMonthInvalid(String month) {
        super(HttpStatus.BAD_REQUEST, "problem.insight.monthly-report.month", month);
    }
}
