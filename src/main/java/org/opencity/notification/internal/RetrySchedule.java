package org.opencity.notification.internal;

import java.time.Duration;
import java.time.Instant;
import org.opencity.notification.NotificationProperties;

/**
 * Exponential backoff: the first retry after {@code firstRetry}, each later one twice as long, never longer than
 * {@code longestRetry}; after {@code maxAttempts} tries the delivery is given up.
 */
record RetrySchedule(Duration first, Duration longest, int maxAttempts) {

    static RetrySchedule of(NotificationProperties properties) {
        return new RetrySchedule(properties.firstRetry(), properties.longestRetry(), properties.maxAttempts());
    }

    /** @param attemptsSoFar tries made including the one that just failed */
    boolean givesUpAfter(int attemptsSoFar) {
        return attemptsSoFar >= maxAttempts;
    }

    Instant next(Instant now, int attemptsSoFar) {
        Duration wait = first.multipliedBy(1L << Math.min(20, Math.max(0, attemptsSoFar - 1)));
        return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
