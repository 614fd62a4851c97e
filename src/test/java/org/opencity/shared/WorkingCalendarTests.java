package org.opencity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam(Set.of(
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 2),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 2, 15),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 2, 21),
            LocalDate.of(2026, 2, 22)));

    private static Instant hanoi(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(WorkingCalendar.VIETNAM)
                .toInstant();
    }

    @Test
    void countsOnlyOfficeHoursAndSkipsLunch() {
        // Monday 11:00 + 2 h: one hour before lunch, one after
        assertThat(calendar.plusWorkingTime(hanoi(2026, 11, 23, 11, 0), Duration.ofHours(2)))
                .isEqualTo(hanoi(2026, 11, 23, 14, 0));
    }

    @Test
    void aFridayAfternoonDeadlineMovesOverTheWeekend() {
        assertThat(calendar.plusWorkingTime(hanoi(2026, 11, 27, 16, 0), Duration.ofHours(2)))
                .isEqualTo(hanoi(2026, 11, 30, 9, 0));
    }

    @Test
    void aReportMadeAtNightStartsCountingAtTheNextOpening() {
        assertThat(calendar.plusWorkingTime(hanoi(2026, 11, 24, 22, 30), Duration.ofHours(8)))
                .isEqualTo(hanoi(2026, 11, 25, 17, 0));
    }

    @Test
    void holidaysDoNotCount() {
        // Monday 31 August 2026, 16:00 + 8 h: Sep 1-2 are National Day holidays
        assertThat(calendar.plusWorkingTime(hanoi(2026, 8, 31, 16, 0), Duration.ofHours(8)))
                .isEqualTo(hanoi(2026, 9, 3, 16, 0));
        // Tết 2026: Friday 13 Feb 16:00 + 2 h lands on Monday 23 Feb
        assertThat(calendar.plusWorkingTime(hanoi(2026, 2, 13, 16, 0), Duration.ofHours(2)))
                .isEqualTo(hanoi(2026, 2, 23, 9, 0));
    }

    @Test
    void workingDaysAreWholeOfficeDays() {
        assertThat(calendar.plusWorkingDays(hanoi(2026, 11, 23, 8, 0), 5)).isEqualTo(hanoi(2026, 11, 27, 17, 0));
    }

    @Test
    void measuresOfficeTimeBetweenTwoInstants() {
        assertThat(calendar.workingTimeBetween(hanoi(2026, 11, 27, 16, 0), hanoi(2026, 11, 30, 9, 0)))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.workingTimeBetween(hanoi(2026, 11, 28, 8, 0), hanoi(2026, 11, 29, 17, 0)))
                .isZero();
    }

    @Test
    void addingThenMeasuringGivesBackTheSameDuration() {
        Instant start = hanoi(2026, 8, 28, 10, 17);
        for (int hours = 0; hours < 200; hours += 7) {
            Instant end = calendar.plusWorkingTime(start, Duration.ofHours(hours));
            assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(Duration.ofHours(hours));
        }
    }
}
