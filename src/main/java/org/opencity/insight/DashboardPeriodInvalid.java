package org.opencity.insight;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** A dashboard period that ends before it starts, or spans more than the dashboard reads. */
public class DashboardPeriodInvalid extends LocalizedProblem {

    public DashboardPeriodInvalid(int maxDays) {
        super(HttpStatus.BAD_REQUEST, "problem.insight.period", maxDays);
    }
}
