package org.opencity.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.opencity.insight.DashboardPeriodInvalid;

/** The period a scorecard covers: chosen, or the last 30 days; at most two years. */
record ScorecardPeriod(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 732;

    static ScorecardPeriod of(LocalDate from, LocalDate to, Clock clock) {
        LocalDate end = Periods.to(to, clock);
        LocalDate start = Periods.from(from, end);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new DashboardPeriodInvalid(MAX_DAYS);
        }
        return new ScorecardPeriod(start, end);
    }
}
