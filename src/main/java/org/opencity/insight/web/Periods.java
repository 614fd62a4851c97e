package org.opencity.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import org.opencity.shared.WorkingCalendar;

/** The period a figures page shows when the reader chose none: the last 30 days up to today, in Hanoi. */
final class Periods {

    static final int DEFAULT_DAYS = 30;

    private Periods() {}

    static LocalDate to(LocalDate chosen, Clock clock) {
        return chosen != null ? chosen : LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
    }

    static LocalDate from(LocalDate chosen, LocalDate to) {
        return chosen != null ? chosen : to.minusDays(DEFAULT_DAYS - 1);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
