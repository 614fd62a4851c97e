package org.opencity.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.dossier.DossierProperties;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Payment;
import org.opencity.shared.WorkingCalendar;
import org.springframework.util.unit.DataSize;

/**
 * The deadline in working days: weekends and holidays do not count, and a supplement request stops the clock.
 */
class DossierClockTests {

    static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam(Set.of(LocalDate.of(2026, 12, 1)));
    final DossierClock clock = new DossierClock(CALENDAR, new DossierProperties(DataSize.ofMegabytes(10), 20, 10),
            java.time.Clock.systemUTC());

    static DossierRecord dossier(int days) {
        Instant t = Instant.parse("2026-11-23T02:00:00Z");
        return new DossierRecord(UUID.randomUUID(), "HS-1", "1.001193", "Khai sinh", "00070", UUID.randomUUID(),
                UUID.randomUUID(), "A", "5678", Map.of(), DossierStatus.SUBMITTED, 0L, Payment.FREE, null, days, null,
                null, t, t, null, null, null, null, null, null, null, null, t, 0);
    }

    @Test
    void threeWorkingDaysFromThursdayMorningSkipTheWeekend() {
        // Thursday 26 November 2026, 09:00 in Hanoi → three working days later: Tuesday 1 December is a holiday here,
        // so Wednesday 2 December, 09:00.
        Instant received = Instant.parse("2026-11-26T02:00:00Z");
        DossierRecord started = clock.start(dossier(3), received);
        assertThat(started.dueAt()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
    }

    @Test
    void aSupplementRequestStopsTheClockUntilTheResidentSendsItBack() {
        Instant received = Instant.parse("2026-11-23T02:00:00Z"); // Monday 09:00
        DossierRecord started = clock.start(dossier(2), received); // due Wednesday 09:00
        assertThat(started.dueAt()).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));

        Instant returned = Instant.parse("2026-11-24T02:00:00Z"); // Tuesday 09:00: one working day left (8 h)
        DossierRecord paused = clock.pause(started, returned);
        assertThat(paused.remainingMinutes()).isEqualTo(8 * 60);

        Instant resubmitted = Instant.parse("2026-11-30T02:00:00Z"); // next Monday 09:00
        DossierRecord resumed = clock.resume(paused, resubmitted);
        // One working day from Monday 09:00 → Tuesday 1 December is a holiday → Wednesday 2 December 09:00.
        assertThat(resumed.dueAt()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
        assertThat(resumed.pausedAt()).isNull();
    }

    @Test
    void sameDayProceduresAndTheDefault() {
        Instant received = Instant.parse("2026-11-23T02:00:00Z");
        // "Within the day": Monday 09:00 + four office hours = 14:00 (the lunch hour does not count).
        assertThat(clock.start(dossier(0), received).dueAt()).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
        DossierRecord noDays = new DossierRecord(UUID.randomUUID(), "HS-2", "1.0", "X", "00070", UUID.randomUUID(),
                UUID.randomUUID(), "A", null, Map.of(), DossierStatus.SUBMITTED, null, Payment.FREE, null, null, null,
                null, received, received, null, null, null, null, null, null, null, null, received, 0);
        assertThat(clock.start(noDays, received).dueAt()).isEqualTo(CALENDAR.plusWorkingDays(received, 10));
    }
}
