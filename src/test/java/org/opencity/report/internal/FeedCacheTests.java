package org.opencity.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.report.FeedQuery;
import org.opencity.report.ReportSummary;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the feed cache promises while reports keep coming: no page older than the bound, at most one rebuild per
 * page per interval, readers never queue behind a rebuild when a copy exists, and whoever made a change sees it
 * at once. Time is a fake clock; a "page" carries the moment its reading began (in ms) and the changes it saw.
 */
class FeedCacheTests {

    static final Duration BOUND = Duration.ofSeconds(2);
    static final PageQuery FIRST = new PageQuery(0, 20);

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final FeedCache cache = new FeedCache(BOUND, nanos::get);
    /** Changes committed in the pretend database. */
    final AtomicLong committed = new AtomicLong();

    final List<Long> builds = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long millis() {
        return TimeUnit.NANOSECONDS.toMillis(nanos.get());
    }

    /** Reads the pretend database: the page records when its reading began and how many changes it holds. */
    PageResponse<ReportSummary> load() {
        builds.add(millis());
        return new PageResponse<>(List.of(), 0, 20, millis(), (int) committed.get());
    }

    PageResponse<ReportSummary> read(Supplier<PageResponse<ReportSummary>> load) {
        return cache.page(FeedQuery.ALL, FIRST, Locale.ENGLISH, load);
    }

    PageResponse<ReportSummary> read() {
        return read(this::load);
    }

    void change() {
        committed.incrementAndGet();
        cache.changed(); // no transaction here: counted at once, as after a commit
    }

    static void signIn(String person) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(person, null, "ROLE_RESIDENT"));
    }

    @Test
    void underContinuousWritesAPageIsRebuiltAtMostOncePerIntervalAndNeverOlderThanTheBound() {
        for (int ms = 0; ms < 10_000; ms++) {
            if (ms % 3 == 0) {
                change(); // 333 changes a second, by someone else
            }
            PageResponse<ReportSummary> page = read();
            assertThat(millis() - page.totalItems())
                    .as("age of the page served at %d ms", ms)
                    .isLessThanOrEqualTo(BOUND.toMillis());
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertThat(builds).hasSizeBetween(10, 11);
        for (int i = 1; i < builds.size(); i++) {
            assertThat(builds.get(i) - builds.get(i - 1)).isGreaterThanOrEqualTo(BOUND.toMillis() / 2);
        }
    }

    @Test
    void aPageNobodyReadForTheWholeBoundIsReadAgainBeforeItIsShown() {
        read();
        change();
        nanos.addAndGet(BOUND.toNanos());
        assertThat(read().totalPages()).isEqualTo(1);
        assertThat(builds).hasSize(2);
    }

    @Test
    void whoeverChangedAReportSeesItInTheNextPageOthersWithinTheBound() {
        signIn("resident");
        read();
        change();
        assertThat(read().totalPages()).as("the resident's own change").isEqualTo(1);
        assertThat(read().totalPages()).isEqualTo(1);
        assertThat(builds).as("one reading for the change, not one per read").hasSize(2);

        signIn("neighbour");
        change();
        signIn("resident");
        assertThat(read().totalPages())
                .as("someone else's change may wait for the next rebuild")
                .isEqualTo(1);
        signIn("neighbour");
        assertThat(read().totalPages()).isEqualTo(2);
        assertThat(builds).hasSize(3);
    }

    @Test
    void whileOneReaderRebuildsOthersGetTheCopyWithoutWaiting() throws Exception {
        read();
        change();
        nanos.addAndGet(BOUND.toNanos() / 2);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<PageResponse<ReportSummary>> rebuilder = CompletableFuture.supplyAsync(() -> read(() -> {
            entered.countDown();
            waitFor(release);
            return load();
        }));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100; i++) {
            assertThat(read(() -> {
                                throw new AssertionError("a second rebuild while one is running");
                            })
                            .totalPages())
                    .isZero();
        }
        release.countDown();
        assertThat(rebuilder.get(10, TimeUnit.SECONDS).totalPages()).isEqualTo(1);
        assertThat(read().totalPages()).isEqualTo(1);
        assertThat(builds).hasSize(2);
    }

    @Test
    void readersOfAPageNobodyHoldsWaitForOneReading() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        Supplier<PageResponse<ReportSummary>> slow = () -> {
            loads.incrementAndGet();
            waitFor(release);
            return load();
        };
        List<Thread> readers = new ArrayList<>();
        List<CompletableFuture<PageResponse<ReportSummary>>> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CompletableFuture<PageResponse<ReportSummary>> page = new CompletableFuture<>();
            Thread reader = new Thread(() -> page.complete(read(slow)));
            readers.add(reader);
            pages.add(page);
            reader.start();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> loads.get() == 1
                        && readers.stream()
                                        .filter(t -> t.getState() != Thread.State.RUNNABLE
                                                && t.getState() != Thread.State.NEW
                                                && t.getState() != Thread.State.TERMINATED)
                                        .count()
                                == 4);
        release.countDown();
        for (CompletableFuture<PageResponse<ReportSummary>> page : pages) {
            assertThat(page.get(10, TimeUnit.SECONDS)).isSameAs(pages.get(0).get());
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailedRebuildLetsTheNextReaderTryAgain() {
        read();
        nanos.addAndGet(BOUND.toNanos() / 2);
        assertThatThrownBy(() -> read(() -> {
                    throw new IllegalStateException("database gone");
                }))
                .isInstanceOf(IllegalStateException.class);
        change();
        assertThat(read().totalPages()).isEqualTo(1);
    }

    @Test
    void withoutACacheEveryReadReads() {
        FeedCache none = new FeedCache(Duration.ZERO, nanos::get);
        none.page(FeedQuery.ALL, FIRST, Locale.ENGLISH, this::load);
        none.page(FeedQuery.ALL, FIRST, Locale.ENGLISH, this::load);
        assertThat(builds).hasSize(2);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
