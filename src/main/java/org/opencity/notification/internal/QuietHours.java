package org.opencity.notification.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.opencity.notification.NotificationSettings;
import org.opencity.shared.WorkingCalendar;

/**
 * When a text message may be sent: now, or the end of the person's quiet hours (Vietnam time).
 */
final class QuietHours {

    private QuietHours() {}

    static Instant nextAllowed(NotificationSettings settings, Instant now) {
        ZonedDateTime local = now.atZone(WorkingCalendar.VIETNAM);
        if (!settings.isQuiet(local.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = local.with(settings.quietTo()).withSecond(0).withNano(0);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
