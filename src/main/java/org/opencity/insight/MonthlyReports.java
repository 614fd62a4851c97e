package org.opencity.insight;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.insight.internal.MonthlyReportRepository;
import org.opencity.insight.internal.MonthlyReportWriter;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/** The archive of monthly progress reports: list, download, and produce one on an operator's request. */
@Service
public class MonthlyReports {

    /** The platform keeps no figures from before this month. */
    static final YearMonth FIRST = YearMonth.of(2024, 1);

    private final MonthlyReportRepository archive;
    private final MonthlyReportWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    MonthlyReports(MonthlyReportRepository archive, MonthlyReportWriter writer, AuditTrail audit, Clock clock) {
        this.archive = archive;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Insight's own actions, in the audit log's catalogue with every module's. */
    @Bean
    static AuditActions insightAuditActions() {
        return AuditActions.of("audit.module.insight", InsightAuditAction.class);
    }

    public List<MonthlyReportEntry> list() {
        return archive.list();
    }

    public byte[] pdf(YearMonth month) {
        return archive.pdf(month).orElseThrow(() -> new MonthlyReportNotFound(month));
    }

    public String csv(YearMonth month) {
        return archive.csv(month).orElseThrow(() -> new MonthlyReportNotFound(month));
    }

    /** Produces (again) a month that has ended, replacing its earlier report; audited. */
    public void produce(Actor operator, YearMonth month) {
        YearMonth current = YearMonth.now(clock.withZone(WorkingCalendar.VIETNAM));
        if (!month.isBefore(current) || month.isBefore(FIRST)) {
            throw new MonthlyReportMonthInvalid(month.toString());
        }
        writer.produce(month, operator.id());
        audit.record(
                operator, InsightAuditAction.MONTHLY_REPORT_PRODUCED, "monthly-report", month.toString(), null, null);
    }
}
