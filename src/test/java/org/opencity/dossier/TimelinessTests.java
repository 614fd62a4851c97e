package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Early, on time or late is decided by the day in Hanoi; before the result, on track or overdue.
 */
class TimelinessTests {

    // Friday 27 November 2026, 17:00 in Hanoi.
    static final Instant DUE = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void aResultBeforeTheDueDayIsEarly() {
        assertThat(Timeliness.of(DUE, null, Instant.parse("2026-11-26T09:00:00Z"), DUE))
                .isEqualTo(Timeliness.EARLY);
    }

    @Test
    void aResultOnTheDueDayBeforeTheHourIsOnTime() {
        assertThat(Timeliness.of(DUE, null, Instant.parse("2026-11-27T02:00:00Z"), DUE))
                .isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void aResultAfterTheDeadlineIsLate() {
        assertThat(Timeliness.of(DUE, null, Instant.parse("2026-11-27T10:00:01Z"), DUE))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void beforeTheResult() {
        assertThat(Timeliness.of(null, null, null, DUE)).isEqualTo(Timeliness.NOT_STARTED);
        assertThat(Timeliness.of(DUE, null, null, DUE.minusSeconds(60))).isEqualTo(Timeliness.ON_TRACK);
        assertThat(Timeliness.of(DUE, null, null, DUE.plusSeconds(60))).isEqualTo(Timeliness.OVERDUE);
        assertThat(Timeliness.of(DUE, DUE.minusSeconds(3600), null, DUE.plusSeconds(60)))
                .isEqualTo(Timeliness.PAUSED);
    }
}
