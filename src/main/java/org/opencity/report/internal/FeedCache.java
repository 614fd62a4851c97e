package org.opencity.report.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.opencity.platform.AfterCommit;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.report.FeedQuery;
import org.opencity.report.ReportProperties;
import org.opencity.report.ReportSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Public feed pages kept for a moment: the feed is the most read thing in the city, and reports keep coming while
 * it is read.
 * <ul>
 * <li>No page is ever handed out older than {@code opencity.report.feed-cache} (two seconds by default), on any
 * node, counted from the moment its reading began.</li>
 * <li>A page is rebuilt at most once per half of that: the first reader after that rebuilds it while everyone else
 * keeps getting the copy; readers of a page nobody holds wait for one reading together. A change does not forget
 * pages, so a stream of submissions costs the feed one rebuild per page per interval, not one per change.</li>
 * <li>Whoever changed a report here sees their change in the next page they read, on this node: a page read
 * before their change is read again for them (and kept, being the newest).</li>
 * </ul>
 */
@Component
public class FeedCache {

    private final long maxAge;
    private final long rebuildAfter;
    private final Ticker ticker;
    private final Cache<Key, Built> pages;
    /** The number of the last change each person made here, for as long as an older page could still be served. */
    private final Cache<String, Long> ownChanges;

    private final AtomicLong changes = new AtomicLong();

    @Autowired
    FeedCache(ReportProperties properties) {
        this(properties.feedCache(), Ticker.systemTicker());
    }

    FeedCache(Duration maxAge, Ticker ticker) {
        this.maxAge = maxAge.toNanos();
        this.rebuildAfter = this.maxAge / 2;
        this.ticker = ticker;
        this.pages = Caffeine.newBuilder()
                .maximumSize(2_000)
                .ticker(ticker)
                .expireAfter(new UpToMaxAge())
                .build();
        this.ownChanges = Caffeine.newBuilder()
                .maximumSize(10_000)
                .ticker(ticker)
                .expireAfterWrite(Duration.ofNanos(Math.max(1, this.maxAge)))
                .build();
    }

    public PageResponse<ReportSummary> page(
            FeedQuery query, PageQuery page, Locale locale, Supplier<PageResponse<ReportSummary>> load) {
        if (maxAge == 0) {
            return load.get();
        }
        Key key = new Key(query, page.page(), page.size(), locale);
        String reader = person();
        Long own = reader == null ? null : ownChanges.getIfPresent(reader);
        Built built = pages.get(key, absent -> build(load));
        if (own != null && built.changes() < own) {
            return rebuild(key, load).page();
        }
        if (ticker.read() - built.readAt() >= rebuildAfter && built.rebuilding().compareAndSet(false, true)) {
            try {
                return rebuild(key, load).page();
            } catch (RuntimeException failed) {
                built.rebuilding().set(false);
                throw failed;
            }
        }
        return built.page();
    }

    /** Counts a change of a report once the current transaction commits, and whose it was. */
    void changed() {
        String person = person();
        AfterCommit.run(() -> {
            long number = changes.incrementAndGet();
            if (person != null) {
                ownChanges.put(person, number);
            }
        });
    }

    private Built rebuild(Key key, Supplier<PageResponse<ReportSummary>> load) {
        Built fresh = build(load);
        pages.asMap().merge(key, fresh, (held, offered) -> offered.readAt() - held.readAt() >= 0 ? offered : held);
        return fresh;
    }

    /** Notes what the page can hold before reading it: every change counted so far has committed. */
    private Built build(Supplier<PageResponse<ReportSummary>> load) {
        long counted = changes.get();
        long readAt = ticker.read();
        return new Built(load.get(), counted, readAt, new AtomicBoolean());
    }

    /** The signed-in person or client reading or changing (the account id for people), null when anonymous. */
    private static String person() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? null
                : auth.getName();
    }

    private record Key(FeedQuery query, int page, int size, Locale locale) {}

    private record Built(PageResponse<ReportSummary> page, long changes, long readAt, AtomicBoolean rebuilding) {}

    /** A page leaves the cache when it is {@code maxAge} old, counted from when its reading began. */
    private final class UpToMaxAge implements Expiry<Key, Built> {

        @Override
        public long expireAfterCreate(Key key, Built built, long now) {
            return Math.max(0, built.readAt() + maxAge - now);
        }

        @Override
        public long expireAfterUpdate(Key key, Built built, long now, long currentDuration) {
            return expireAfterCreate(key, built, now);
        }

        @Override
        public long expireAfterRead(Key key, Built built, long now, long currentDuration) {
            return currentDuration;
        }
    }
}
