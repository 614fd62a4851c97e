package org.opencity.report;

import java.util.Locale;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.report.internal.FeedCache;
import org.opencity.report.internal.ReportFilter;
import org.opencity.report.internal.ReportRepository;
import org.opencity.report.internal.ReportViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public feed of reports, newest first, with the filters residents choose. Pages are served from a short
 * cache ({@link FeedCache}: at most {@code opencity.report.feed-cache} old, the reader's own changes at once); a page
 * is read in one read-only transaction when it is missing or due for a rebuild.
 */
@Service
public class ReportFeed {

    private final ReportRepository reports;
    private final ReportViews views;
    private final FeedCache cache;
    private final TransactionTemplate readOnly;

    ReportFeed(ReportRepository reports, ReportViews views, FeedCache cache, TransactionTemplate transactions) {
        this.reports = reports;
        this.views = views;
        this.cache = cache;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    public PageResponse<ReportSummary> page(FeedQuery query, PageQuery page, Locale locale) {
        return cache.page(
                query,
                page,
                locale,
                () -> readOnly.execute(status -> {
                    ReportFilter filter = ReportManagement.filter(query);
                    return PageResponse.of(
                            views.summaries(reports.select(filter, page.size(), page.offset()), locale),
                            page,
                            reports.count(filter));
                }));
    }
}
