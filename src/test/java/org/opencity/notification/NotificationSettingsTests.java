package org.opencity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.opencity.platform.InvalidRequest;

/**
 * Quiet hours, which may cross midnight, and the choice of channels.
 */
class NotificationSettingsTests {

    @Test
    void quietHoursAcrossMidnight() {
        NotificationSettings night =
                new NotificationSettings(true, true, true, LocalTime.of(21, 0), LocalTime.of(7, 0));
        assertThat(night.isQuiet(LocalTime.of(22, 30))).isTrue();
        assertThat(night.isQuiet(LocalTime.of(3, 0))).isTrue();
        assertThat(night.isQuiet(LocalTime.of(7, 0))).isFalse();
        assertThat(night.isQuiet(LocalTime.of(12, 0))).isFalse();
        assertThat(night.isQuiet(LocalTime.of(21, 0))).isTrue();
    }

    @Test
    void quietHoursWithinOneDay() {
        NotificationSettings lunch =
                new NotificationSettings(true, true, true, LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(lunch.isQuiet(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.isQuiet(LocalTime.of(13, 30))).isFalse();
        assertThat(lunch.isQuiet(LocalTime.of(11, 59))).isFalse();
    }

    @Test
    void noQuietHoursMeansAlwaysAllowed() {
        NotificationSettings always = new NotificationSettings(true, true, false, null, null);
        assertThat(always.isQuiet(LocalTime.MIDNIGHT)).isFalse();
        assertThat(always.allows(NotificationChannel.PUSH)).isFalse();
        assertThat(always.allows(NotificationChannel.SMS)).isTrue();
    }

    @Test
    void halfAWindowOrAnEmptyOneIsRefused() {
        assertThatThrownBy(() -> new NotificationSettings(true, true, true, LocalTime.NOON, null))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> new NotificationSettings(true, true, true, LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(InvalidRequest.class);
    }
}
