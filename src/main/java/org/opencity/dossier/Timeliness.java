package org.opencity.dossier;

import java.time.Instant;
import java.time.LocalDate;
import org.opencity.shared.WorkingCalendar;

/**
 * On time or late, at every step: before the result, whether the deadline still holds; after it, whether the result
 * came early (before the due day), on time or late.
 */
public enum Timeliness {
    NOT_STARTED,
    PAUSED,
    ON_TRACK,
    OVERDUE,
    EARLY,
    ON_TIME,
    LATE;

    public static Timeliness of(Instant dueAt, Instant pausedAt, Instant finishedAt, Instant now) {
        if (dueAt == null) {
            return NOT_STARTED;
        }
        if (finishedAt != null) {
            LocalDate finishedDay = finishedAt.atZone(WorkingCalendar.VIETNAM).toLocalDate();
            LocalDate dueDay = dueAt.atZone(WorkingCalendar.VIETNAM).toLocalDate();
            return finishedAt.isAfter(dueAt) ? LATE : finishedDay.isBefore(dueDay) ? EARLY : ON_TIME;
        }
        if (pausedAt != null) {
            return PAUSED;
        }
        return now.isAfter(dueAt) ? OVERDUE : ON_TRACK;
    }

    public boolean late() {
        return this == OVERDUE || this == LATE;
    }
}
