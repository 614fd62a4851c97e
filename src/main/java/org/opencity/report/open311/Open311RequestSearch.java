package org.opencity.report.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencity.report.FeedQuery;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportStatus;
import org.springframework.stereotype.Component;

/**
 * GET requests as the spec defines it: ids override every other filter; otherwise the window is at most
 * 90 days (the last 90 by default) and the answer at most 1,000 requests, newest first.
 */
@Component
class Open311RequestSearch {

    static final int MAX_RESULTS = 1000;
    static final Duration MAX_WINDOW = Duration.ofDays(90);

    private final ReportManagement reports;
    private final Clock clock;

    Open311RequestSearch(ReportManagement reports, Clock clock) {
        this.clock = clock;
        this.reports = reports;
    }

    List<PublicReport> find(Open311Params params, Locale locale) {
        Set<String> ids = params.list("service_request_id");
        if (!ids.isEmpty()) {
            FeedQuery byIds = new FeedQuery(null, null, null, null, null, List.copyOf(ids));
            return reports.publicReports(byIds, MAX_RESULTS, locale);
        }
        Set<ReportStatus> statuses = statuses(params.list("status"));
        Window window = window(params.dateTime("start_date"), params.dateTime("end_date"));
        Set<String> codes = params.list("service_code");
        if (codes.size() <= 1) {
            String code = codes.isEmpty() ? null : codes.iterator().next();
            return reports.publicReports(
                    new FeedQuery(null, code, statuses, window.from(), window.to()), MAX_RESULTS, locale);
        }
        // The feed filters one category at a time; a handful of codes is a handful of queries.
        List<PublicReport> found = new ArrayList<>();
        for (String code : codes) {
            FeedQuery query = new FeedQuery(null, code, statuses, window.from(), window.to());
            found.addAll(reports.publicReports(query, MAX_RESULTS, locale));
        }
        return found.stream()
                .sorted(Comparator.comparing(PublicReport::createdAt).reversed())
                .limit(MAX_RESULTS)
                .toList();
    }

    private static Set<ReportStatus> statuses(Set<String> asked) {
        if (asked.isEmpty()) {
            return null;
        }
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        for (String status : asked) {
            String wanted = status.toLowerCase(Locale.ROOT);
            if (!wanted.equals("open") && !wanted.equals("closed")) {
                throw Open311Error.badRequest("status must be open or closed");
            }
            for (ReportStatus ours : ReportStatus.values()) {
                if (ours.open311().equals(wanted)) {
                    statuses.add(ours);
                }
            }
        }
        return statuses;
    }

    /** The feed's upper bound is exclusive and the spec's end_date inclusive: the bound is 1 µs after end_date. */
    private Window window(Instant start, Instant end) {
        Instant from;
        Instant until;
        if (start == null && end == null) {
            until = clock.instant();
            from = until.minus(MAX_WINDOW);
        } else if (end == null) {
            from = start;
            until = start.plus(MAX_WINDOW);
        } else if (start == null) {
            until = end;
            from = end.minus(MAX_WINDOW);
        } else {
            from = start;
            until = end;
        }
        if (until.isBefore(from)) {
            throw Open311Error.badRequest("end_date must not be before start_date");
        }
        if (Duration.between(from, until).compareTo(MAX_WINDOW) > 0) {
            throw Open311Error.badRequest("start_date and end_date may not span more than 90 days");
        }
        return new Window(from, until.plusNanos(1000));
    }

    private record Window(Instant from, Instant to) {}
}
