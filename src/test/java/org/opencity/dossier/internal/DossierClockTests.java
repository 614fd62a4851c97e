package org.opencity.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Payment;
import org.opencity.shared.WorkingCalendar;
import org.springframework.util.unit.DataSize;

/**
 * The deadline in working days: weekends and holidays do not count, and a supplement request stops the clock.
 */
class DossierClockTests {

    static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam(Set.of(LocalDate.of(2026, 12, 1)));
    final DossierClock clock = new DossierClock(
            CALENDAR, new DossierProperties(DataSize.ofMegabytes(10), 20, 10), java.time.Clock.systemUTC());

    static DossierRecord dossier(int days) {
        Instant t = Instant.parse("2026-11-23T02:00:00Z");
        return DossierRecordBuilder.builder()
                .id(UUID.randomUUID())
                .code("HS-1")
                .procedureCode("1.001193")
                .procedureName("Khai sinh")
                .wardCode("00070")
                .unitId(UUID.randomUUID())
                .applicantId(UUID.randomUUID())
                .applicantName("A")
                .phoneLast4("5678")
                .status(DossierStatus.SUBMITTED)
                .feeVnd(0L)
                .payment(Payment.FREE)
                .processingDays(days)
                .createdAt(t)
                .submittedAt(t)
                .updatedAt(t)
                .build();
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
        DossierRecord noDays = DossierRecordBuilder.builder()
                .id(UUID.randomUUID())
                .code("HS-2")
                .procedureCode("1.0")
                .procedureName("X")
                .wardCode("00070")
                .unitId(UUID.randomUUID())
                .applicantId(UUID.randomUUID())
                .applicantName("A")
                .status(DossierStatus.SUBMITTED)
                .payment(Payment.FREE)
                .createdAt(received)
                .submittedAt(received)
                .updatedAt(received)
                .build();
        assertThat(clock.start(noDays, received).dueAt()).isEqualTo(CALENDAR.plusWorkingDays(received, 10));
    }
}
