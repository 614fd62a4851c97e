package org.opencity.dossier.internal;

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
 * Keeps {@code dsr_figures_day}, {@code dsr_figures_month} and {@code dsr_figures_open} up to date: every few seconds
 * it recomputes the days that writes noted as changed (see V3__dossier_figures.sql). One node at a time.
 */
@Component
public class DossierFiguresRefresh {

    private static final long LOCK = 0x0C17_0016_02L;

    /** Decided (approved or refused) or further: what the deadline was for. */
    private static final String FINISHED = "('APPROVED', 'REFUSED', 'RESULT_ISSUED', 'DELIVERED')";

    private static final String OPEN = "('SUBMITTED', 'RETURNED', 'RECEIVED', 'IN_PROCESSING')";

    private final JdbcClient jdbc;
    private final DirtyDays dirty;

    DossierFiguresRefresh(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.dirty = new DirtyDays(jdbc, transactions, "dsr_figures_dirty", LOCK, 31);
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
        jdbc.sql("delete from dsr_figures_day where day = any(cast(:days as date[]))")
                .param("days", iso)
                .update();
        jdbc.sql("delete from dsr_figures_open where day = any(cast(:days as date[]))")
                .param("days", iso)
                .update();
        for (LocalDate day : days) {
            recomputeDay(day);
        }
        days.stream().map(d -> d.withDayOfMonth(1)).distinct().forEach(this::recomputeMonth);
    }

    // Every figure is a sum of 0/1 terms that are never null (an unrated dossier, one with no due time yet): a null
    // would make the day's sum null and the insert fail, and the day would never be counted.
    private void recomputeDay(LocalDate day) {
        Timestamp start =
                Timestamp.from(day.atStartOfDay(WorkingCalendar.VIETNAM).toInstant());
        Timestamp end = Timestamp.from(
                day.plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM).toInstant());
        jdbc.sql("""
                insert into dsr_figures_day (day, unit_id, procedure_code, ward_code, submitted, with_documents,
                    traceable, with_fee, paid_online, finished, finished_on_time, late_apologised, results_signed,
                    rated, rating_sum, satisfied)
                select :day, unit_id, procedure_code, ward_code, sum(submitted), sum(with_documents), sum(traceable),
                    sum(with_fee), sum(paid_online), sum(finished), sum(on_time), sum(apologised), sum(signed),
                    sum(rated), sum(rating), sum(satisfied)
                from (
                    select d.unit_id, d.procedure_code, d.ward_code, 1 as submitted,
                        (exists (select 1 from dsr_document x where x.dossier_id = d.id))::int as with_documents,
                        (d.phone_last4 is not null)::int as traceable,
                        (coalesce(d.fee_vnd, 0) > 0)::int as with_fee,
                        (coalesce(d.fee_vnd, 0) > 0 and d.payment = 'PAID')::int as paid_online,
                        0 as finished, 0 as on_time, 0 as apologised, 0 as signed, 0 as rated, 0.0 as rating,
                        0 as satisfied
                    from dsr_dossier d
                    where d.submitted_at >= :start and d.submitted_at < :end
                    union all
                    select d.unit_id, d.procedure_code, d.ward_code, 0, 0, 0, 0, 0, 1,
                        coalesce(coalesce(d.result_issued_at, d.decided_at) <= d.due_at, false)::int,
                        coalesce(coalesce(d.result_issued_at, d.decided_at) > d.due_at and exists (
                            select 1 from dsr_event e where e.dossier_id = d.id and e.action = 'APOLOGISE'), false)::int,
                        (exists (select 1 from dsr_result r where r.dossier_id = d.id))::int,
                        (g.dossier_id is not null)::int,
                        coalesce((g.time_score + g.attitude_score + g.guidance_score + g.cost_score
                            + g.result_score) / 5.0, 0),
                        coalesce(g.time_score + g.attitude_score + g.guidance_score + g.cost_score
                            + g.result_score >= 20, false)::int
                    from dsr_dossier d left join dsr_rating g on g.dossier_id = d.id
                    where coalesce(d.result_issued_at, d.decided_at) >= :start
                        and coalesce(d.result_issued_at, d.decided_at) < :end
                        and d.status in %s
                ) happened
                group by unit_id, procedure_code, ward_code""".formatted(FINISHED))
                .param("day", day)
                .param("start", start)
                .param("end", end)
                .update();
        jdbc.sql("""
                insert into dsr_figures_open (day, unit_id, procedure_code, ward_code, due_day, open)
                select :day, unit_id, procedure_code, ward_code,
                    case when paused_at is null then (due_at at time zone 'Asia/Ho_Chi_Minh')::date end, count(*)
                from dsr_dossier
                where submitted_at >= :start and submitted_at < :end and status in %s
                group by 1, 2, 3, 4, 5""".formatted(OPEN))
                .param("day", day)
                .param("start", start)
                .param("end", end)
                .update();
    }

    private void recomputeMonth(LocalDate month) {
        jdbc.sql("delete from dsr_figures_month where month = :month")
                .param("month", month)
                .update();
        jdbc.sql("""
                insert into dsr_figures_month (month, unit_id, procedure_code, ward_code, submitted, with_documents,
                    traceable, with_fee, paid_online, finished, finished_on_time, late_apologised, results_signed,
                    rated, rating_sum, satisfied)
                select :month, unit_id, procedure_code, ward_code, sum(submitted), sum(with_documents),
                    sum(traceable), sum(with_fee), sum(paid_online), sum(finished), sum(finished_on_time),
                    sum(late_apologised), sum(results_signed), sum(rated), sum(rating_sum), sum(satisfied)
                from dsr_figures_day
                where day >= :month and day < :next
                group by unit_id, procedure_code, ward_code""").param("month", month).param("next", month.plusMonths(1)).update();
    }
}
