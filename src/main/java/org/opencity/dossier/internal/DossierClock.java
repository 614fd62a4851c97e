package org.opencity.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The legal deadline in working days (office hours, public holidays skipped). It starts when the desk receives the
 * dossier, stands still while the resident completes it, and resumes with the working time that was left.
 */
@Component
class DossierClock {

    private static final Duration SAME_DAY = Duration.ofHours(4);

    private final WorkingCalendar calendar;
    private final DossierProperties properties;
    private final Clock clock;

    DossierClock(WorkingCalendar calendar, DossierProperties properties, Clock clock) {
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** Now, by the platform's one clock. */
    Instant now() {
        return clock.instant();
    }

    /** A procedure done "within the day" (0 days in the catalogue, e.g. certified copies) gets four office hours. */
    DossierRecord start(DossierRecord dossier, Instant now) {
        int days = dossier.processingDays() == null ? properties.defaultProcessingDays() : dossier.processingDays();
        Instant due = days <= 0 ? calendar.plusWorkingTime(now, SAME_DAY) : calendar.plusWorkingDays(now, days);
        return dossier.withClock(now, due, null, null);
    }

    DossierRecord pause(DossierRecord dossier, Instant now) {
        if (dossier.dueAt() == null) {
            return dossier;
        }
        long left = dossier.dueAt().isAfter(now)
                ? calendar.workingTimeBetween(now, dossier.dueAt()).toMinutes()
                : 0;
        return dossier.withClock(dossier.receivedAt(), dossier.dueAt(), now, left);
    }

    DossierRecord resume(DossierRecord dossier, Instant now) {
        if (dossier.pausedAt() == null) {
            return dossier;
        }
        Instant due = calendar.plusWorkingTime(now, Duration.ofMinutes(dossier.remainingMinutes()));
        return dossier.withClock(dossier.receivedAt(), due, null, null);
    }

    /** A new date promised in an apology letter. */
    DossierRecord postpone(DossierRecord dossier, Instant newDue) {
        return dossier.withClock(dossier.receivedAt(), newDue, dossier.pausedAt(), dossier.remainingMinutes());
    }
}
