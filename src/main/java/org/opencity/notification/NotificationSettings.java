package org.opencity.notification;

import java.time.LocalTime;

/**
 * A person's choice of channels, and the hours (Vietnam time) in which text messages wait until morning.
 *
 * @param quietFrom null together with quietTo for no quiet hours
 */
public record NotificationSettings(boolean email, boolean sms, boolean push, LocalTime quietFrom, LocalTime quietTo) {

    public static final NotificationSettings DEFAULT =
            new NotificationSettings(true, true, true, LocalTime.of(21, 0), LocalTime.of(7, 0));

    public NotificationSettings {
        if ((quietFrom == null) != (quietTo == null)) {
            throw new org.opencity.platform.InvalidRequest("problem.notification.quiet-hours");
        }
        if (quietFrom != null && quietFrom.equals(quietTo)) {
            throw new org.opencity.platform.InvalidRequest("problem.notification.quiet-hours");
        }
    }

    public boolean allows(NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> sms;
            case PUSH -> push;
        };
    }

    /** Whether a text sent at this time of day would wake someone; the window may cross midnight. */
    public boolean isQuiet(LocalTime time) {
        if (quietFrom == null) {
            return false;
        }
        return quietFrom.isBefore(quietTo)
                ? !time.isBefore(quietFrom) && time.isBefore(quietTo)
                : !time.isBefore(quietFrom) || time.isBefore(quietTo);
    }
}
