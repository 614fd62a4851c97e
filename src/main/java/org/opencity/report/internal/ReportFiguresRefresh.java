package org.opencity.report.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.opencity.platform.DirtyDays;
import org.opencity.shared.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code rpt_figures_day}, {@code rpt_figures_month} and {@code rpt_figures_open} up to date: every few seconds
 * it recomputes the days that writes noted as changed (see V5__report_figures.sql). One node at a time.
 */
@Component
public class ReportFiguresRefresh {

    private static final long LOCK = 0x0C17_0016_01L;

    private static final String OPEN_STATUSES = "('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;
    private final DirtyDays dirty;

    ReportFiguresRefresh(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.dirty = new DirtyDays(jdbc, transactions, "rpt_figures_dirty", LOCK, 31);
    }

    @Scheduled(
            fixedDelayString = "${opencity.figures.refresh-interval:5s}",
            initialDelayString = "${opencity.figures.refresh-interval:5s}")
    void onSchedule() {
        dirty.refresh(this::recompute);
    }

    /**
     * Brings the figures up to date now, waiting for a refresh another node is running: every write committed
     * before the call is counted when it returns. Returns how many days were recomputed.
     */
    public int refresh() {
        return dirty.catchUp(this::recompute);
    }

    private void recompute(List<LocalDate> days) {
        String[] iso = DirtyDays.isoDays(days);
        jdbc.sql("delete from rpt_figures_day where day = any(cast(:days as date[]))")
                .param("days", iso)
                .update();
        jdbc.sql("delete from rpt_figures_open where day = any(cast(:days as date[]))")
                .param("days", iso)
                .update();
        for (LocalDate day : days) {
            recomputeDay(day);
        }
        recomputeMonths(days);
    }

    private void recomputeDay(LocalDate day) {
        Timestamp start =
                Timestamp.from(day.atStartOfDay(WorkingCalendar.VIETNAM).toInstant());
        Timestamp end = Timestamp.from(
                day.plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant());
        jdbc.sql("""
                insert into rpt_figures_day (day, ward_code, category_code, unit_id, received, rejected, resolved,
                    resolved_on_time, resolution_hours, rated, rating_sum)
                select :day, ward_code, category_code, unit_id, sum(received), sum(rejected), sum(resolved),
                    sum(on_time), sum(hours), sum(rated), sum(rating)
                from (
                    select ward_code, category_code, unit_id, 1 as received, (status = 'REJECTED')::int as rejected,
                        0 as resolved, 0 as on_time, 0.0 as hours, 0 as rated, 0 as rating
                    from rpt_report
                    where created_at >= :start and created_at < :end and duplicate_of is null
                    union all
                    select ward_code, category_code, unit_id, 0, 0, 1, (resolved_at <= due_at)::int,
                        extract(epoch from (resolved_at - created_at)) / 3600.0, (rating is not null)::int,
                        coalesce(rating, 0)
                    from rpt_report
                    where resolved_at >= :start and resolved_at < :end and duplicate_of is null
                ) happened
                group by ward_code, category_code, unit_id""").param("day", day).param("start", start).param("end", end).update();
        jdbc.sql("""
                insert into rpt_figures_open (day, ward_code, category_code, unit_id, due_day, open)
                select :day, ward_code, category_code, unit_id, (due_at at time zone 'Asia/Ho_Chi_Minh')::date, count(*)
                from rpt_report
                where created_at >= :start and created_at < :end and duplicate_of is null and status in %s
                group by 1, 2, 3, 4, 5""".formatted(OPEN_STATUSES))
                .param("day", day)
                .param("start", start)
                .param("end", end)
                .update();
    }

    private void recomputeMonths(List<LocalDate> days) {
        days.stream().map(d -> d.withDayOfMonth(1)).distinct().forEach(this::recomputeMonth);
    }

    private void recomputeMonth(LocalDate month) {
        jdbc.sql("delete from rpt_figures_month where month = :month")
                .param("month", month)
                .update();
        jdbc.sql("""
                insert into rpt_figures_month (month, ward_code, category_code, unit_id, received, rejected, resolved,
                    resolved_on_time, resolution_hours, rated, rating_sum)
                select :month, ward_code, category_code, unit_id, sum(received), sum(rejected), sum(resolved),
                    sum(resolved_on_time), sum(resolution_hours), sum(rated), sum(rating_sum)
                from rpt_figures_day
                where day >= :month and day < :next
                group by ward_code, category_code, unit_id""").param("month", month).param("next", month.plusMonths(1)).update();
    }
}
