package org.opencity.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters of the public feed; null means any.
 */
public record FeedQuery(
        String wardCode,
        String categoryCode,
        Set<ReportStatus> statuses,
        Instant from,
        Instant to,
        List<String> numbers) {

    public static final FeedQuery ALL = new FeedQuery(null, null, null, null, null, null);

    public FeedQuery(String wardCode, String categoryCode, Set<ReportStatus> statuses, Instant from, Instant to) {
        this(wardCode, categoryCode, statuses, from, to, null);
    }
}
