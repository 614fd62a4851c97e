package org.opencity.insight;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What the operations dashboard shows: a period of Hanoi days (at most {@link #MAX_DAYS}), optionally one ward and
 * one handling unit.
 */
@RecordBuilder
public record DashboardFilter(LocalDate from, LocalDate to, String wardCode, UUID unitId) {

    public static final int MAX_DAYS = 732;

    /** Up to this many days, figures over time are drawn per day; beyond, per month. */
    public static final int DAILY_UP_TO = 92;

    public DashboardFilter {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new DashboardPeriodInvalid(MAX_DAYS);
        }
    }

    public boolean daily() {
        return ChronoUnit.DAYS.between(from, to) < DAILY_UP_TO;
    }
}
