package org.opencity.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencity.notification.NotificationSettings;

/**
 * A text message due in quiet hours (21:00–07:00 in Hanoi by default) waits until they end, never longer.
 */
class QuietHoursTests {

    @Test
    void aTextDuringQuietHoursWaitsUntilTheyEnd() {
        NotificationSettings night = NotificationSettings.DEFAULT;
        // 23:30 in Hanoi is 16:30 UTC; quiet hours end at 07:00 in Hanoi, 00:00 UTC the next day.
        assertThat(QuietHours.nextAllowed(night, Instant.parse("2026-11-23T16:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        // 05:00 in Hanoi: the same morning.
        assertThat(QuietHours.nextAllowed(night, Instant.parse("2026-11-23T22:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        Instant noon = Instant.parse("2026-11-24T05:00:00Z");
        assertThat(QuietHours.nextAllowed(night, noon)).isEqualTo(noon);
    }

    @Test
    void retriesBackOffExponentiallyUpToALimit() {
        RetrySchedule schedule = new RetrySchedule(java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(6), 8);
        Instant now = Instant.parse("2026-11-24T05:00:00Z");
        assertThat(schedule.next(now, 1)).isEqualTo(now.plusSeconds(30));
        assertThat(schedule.next(now, 2)).isEqualTo(now.plusSeconds(60));
        assertThat(schedule.next(now, 5)).isEqualTo(now.plusSeconds(480));
        assertThat(schedule.next(now, 30)).isEqualTo(now.plus(java.time.Duration.ofHours(6)));
        assertThat(schedule.givesUpAfter(7)).isFalse();
        assertThat(schedule.givesUpAfter(8)).isTrue();
    }
}
