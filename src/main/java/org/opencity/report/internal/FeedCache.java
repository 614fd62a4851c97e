package org.opencity.report.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.opencity.platform.AfterCommit;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.report.FeedQuery;
import org.opencity.report.ReportProperties;
import org.opencity.report.ReportSummary;
import org.springframework.stereotype.Component;

/**
 * Public feed pages kept for a moment: the feed is the most read thing in the city and the same few pages are asked
 * for over and over. This node forgets every page when a report changes here; other nodes
 * show a change after at most {@code opencity.report.feed-cache} (two seconds by default).
 */
@Component
public class FeedCache {

    private final Cache<Key, PageResponse<ReportSummary>> pages;

    FeedCache(ReportProperties properties) {
        Duration ttl = properties.feedCache();
        this.pages = Caffeine.newBuilder().maximumSize(ttl.isZero() ? 0 : 2_000).expireAfterWrite(ttl).build();
    }

    public PageResponse<ReportSummary> page(FeedQuery query, PageQuery page, Locale locale,
            Supplier<PageResponse<ReportSummary>> load) {
        return pages.get(new Key(query, page.page(), page.size(), locale), key -> load.get());
    }

    /** Forgets every page once the current transaction commits (at once when there is none). */
    void forgetAfterCommit() {
        AfterCommit.run(pages::invalidateAll);
    }

    private record Key(FeedQuery query, int page, int size, Locale locale) {
    }
}
