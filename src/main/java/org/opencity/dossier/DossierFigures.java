package org.opencity.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opencity.dossier.internal.DossierFiguresRefresh;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.shared.PeriodSplit;
import org.opencity.shared.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of dossiers for dashboards, the Decision 766 index, scorecards, open data and the monthly report. Nothing
 * personal: no applicant, no form, no document. Read from the day and month tables a background job keeps beside the
 * dossiers ({@link DossierFiguresRefresh}): at most a few seconds behind; {@link #refresh()} catches up.
 */
@Service
public class DossierFigures {

    private static final String COLUMNS = "submitted, with_documents, traceable, with_fee, paid_online, finished,"
            + " finished_on_time, late_apologised, results_signed, rated, rating_sum, satisfied";

    private final JdbcClient jdbc;
    private final DossierFiguresRefresh refresher;
    private final Clock clock;

    DossierFigures(JdbcClient jdbc, DossierFiguresRefresh refresher, Clock clock) {
        this.jdbc = jdbc;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Recomputes now whatever changed since the last background refresh. */
    public void refresh() {
        refresher.refresh();
    }

    /**
     * Every month from {@code from} to {@code to} (the current month counts what happened so far), by handling unit and
     * procedure, in that order: keys {@code yyyy-MM|unit id|procedure code}. Streamed, for open data.
     */
    @Transactional(readOnly = true)
    public void monthly(YearMonth from, YearMonth to, Consumer<DossierFigureRow> rows) {
        jdbc.sql("""
                        select to_char(month, 'YYYY-MM') || '|' || unit_id || '|' || procedure_code as key,
                            sum(submitted) as submitted, sum(with_documents) as with_documents,
                            sum(traceable) as traceable, sum(with_fee) as with_fee, sum(paid_online) as paid_online,
                            sum(finished) as finished, sum(finished_on_time) as on_time,
                            sum(late_apologised) as apologised, sum(results_signed) as signed, sum(rated) as rated,
                            sum(rating_sum) as rating_sum, sum(satisfied) as satisfied
                        from dsr_figures_month where month between :from and :to
                        group by month, unit_id, procedure_code
                        order by month, unit_id, procedure_code""").param("from", from.atDay(1)).param("to", to.atDay(1)).query((ResultSet rs) -> rows.accept(counts(rs, emptyRow(rs.getString("key"))).build()));
    }

    /** One row with everything the filter selects. */
    @Transactional(readOnly = true)
    public DossierFigureRow total(DossierFigureFilter filter) {
        List<DossierFigureRow> rows = by(filter, DossierDimension.TOTAL);
        return rows.isEmpty() ? DossierFigureRowBuilder.builder().key("*").build() : rows.get(0);
    }

    /** The figures grouped by one dimension, in the order of its key. */
    @Transactional(readOnly = true)
    public List<DossierFigureRow> by(DossierFigureFilter filter, DossierDimension dimension) {
        Map<String, DossierFigureRowBuilder> rows = new LinkedHashMap<>();
        happened(filter, dimension, rows);
        if (!dimension.overTime()) {
            backlog(filter, dimension, rows);
        }
        List<DossierFigureRow> result = new ArrayList<>(rows.size());
        rows.values().forEach(row -> result.add(row.build()));
        result.sort(Comparator.comparing(DossierFigureRow::key));
        return result;
    }

    /**
     * The dossiers behind the figures: those submitted in the period that the filter selects, newest first; with
     * {@code lateOnly}, only those finished late or overdue now.
     */
    @Transactional(readOnly = true)
    public PageResponse<DossierFigureItem> behind(DossierFigureFilter filter, boolean lateOnly, PageQuery page) {
        String where = "submitted_at >= :from and submitted_at < :to" + conditions(filter)
                + (lateOnly
                        ? " and due_at is not null and coalesce(result_issued_at, decided_at, :now) > due_at"
                                + " and status not in ('NOT_ACCEPTED', 'WITHDRAWN')"
                        : "");
        Instant now = clock.instant();
        var count = jdbc.sql("select count(*) from dsr_dossier where " + where);
        long total = bind(period(count, filter, now), filter).query(Long.class).single();
        var rows = jdbc.sql("""
                select code, procedure_code, procedure_name, ward_code, status, submitted_at, due_at, paused_at,
                    coalesce(result_issued_at, decided_at) as finished_at
                from dsr_dossier where %s
                order by submitted_at desc, code limit :limit offset :offset""".formatted(where)).param("limit", page.size()).param("offset", page.offset());
        List<DossierFigureItem> items = bind(period(rows, filter, now), filter)
                .query((rs, n) -> {
                    Instant due = instant(rs.getTimestamp("due_at"));
                    Instant finished = instant(rs.getTimestamp("finished_at"));
                    return new DossierFigureItem(
                            rs.getString("code"),
                            rs.getString("procedure_code"),
                            rs.getString("procedure_name"),
                            rs.getString("ward_code"),
                            DossierStatus.valueOf(rs.getString("status")),
                            Timeliness.of(due, instant(rs.getTimestamp("paused_at")), finished, now),
                            instant(rs.getTimestamp("submitted_at")),
                            due,
                            finished);
                })
                .list();
        return PageResponse.of(items, page, total);
    }

    private static JdbcClient.StatementSpec period(
            JdbcClient.StatementSpec query, DossierFigureFilter filter, Instant now) {
        return query.param(
                        "from",
                        Timestamp.from(filter.from()
                                .atStartOfDay(WorkingCalendar.VIETNAM)
                                .toInstant()))
                .param(
                        "to",
                        Timestamp.from(filter.to()
                                .plusDays(1)
                                .atStartOfDay(WorkingCalendar.VIETNAM)
                                .toInstant()))
                .param("now", Timestamp.from(now));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private void happened(
            DossierFigureFilter filter, DossierDimension dimension, Map<String, DossierFigureRowBuilder> rows) {
        PeriodSplit split = dimension == DossierDimension.DAY
                ? PeriodSplit.of(filter.from(), filter.to()).allDays()
                : PeriodSplit.of(filter.from(), filter.to());
        String conditions = conditions(filter);
        var query = jdbc.sql("""
                        select key, sum(submitted) as submitted, sum(with_documents) as with_documents,
                            sum(traceable) as traceable, sum(with_fee) as with_fee, sum(paid_online) as paid_online,
                            sum(finished) as finished, sum(finished_on_time) as on_time,
                            sum(late_apologised) as apologised, sum(results_signed) as signed, sum(rated) as rated,
                            sum(rating_sum) as rating_sum, sum(satisfied) as satisfied
                        from (
                            select %s as key, %s from dsr_figures_day
                            where (day between :headFrom and :headTo or day between :tailFrom and :tailTo) %s
                            union all
                            select %s as key, %s from dsr_figures_month
                            where month between :firstMonth and :lastMonth %s
                        ) figures
                        group by key""".formatted(
                        key(dimension, "day"), COLUMNS, conditions, key(dimension, "month"), COLUMNS, conditions))
                .param("headFrom", split.headFrom())
                .param("headTo", split.headTo())
                .param("tailFrom", split.tailFrom())
                .param("tailTo", split.tailTo())
                .param("firstMonth", split.firstMonth())
                .param("lastMonth", split.lastMonth());
        bind(query, filter)
                .query((rs, n) -> counts(rs, rows.computeIfAbsent(rs.getString("key"), DossierFigures::emptyRow)))
                .list();
    }

    private void backlog(
            DossierFigureFilter filter, DossierDimension dimension, Map<String, DossierFigureRowBuilder> rows) {
        var query = jdbc.sql("""
                        select %s as key, sum(open) as open,
                            coalesce(sum(open) filter (where due_day < :today), 0) as overdue
                        from dsr_figures_open where true %s
                        group by key""".formatted(key(dimension, "day"), conditions(filter)))
                .param("today", LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM)));
        bind(query, filter)
                .query((rs, n) -> rows.computeIfAbsent(rs.getString("key"), DossierFigures::emptyRow)
                        .open(rs.getLong("open"))
                        .overdue(rs.getLong("overdue")))
                .list();
    }

    /** The period's counts of a result row (columns named as in {@link #happened}). */
    private static DossierFigureRowBuilder counts(ResultSet rs, DossierFigureRowBuilder row)
            throws SQLException {
        return row.submitted(rs.getLong("submitted"))
                .withDocuments(rs.getLong("with_documents"))
                .traceable(rs.getLong("traceable"))
                .withFee(rs.getLong("with_fee"))
                .paidOnline(rs.getLong("paid_online"))
                .finished(rs.getLong("finished"))
                .finishedOnTime(rs.getLong("on_time"))
                .lateApologised(rs.getLong("apologised"))
                .resultsSigned(rs.getLong("signed"))
                .rated(rs.getLong("rated"))
                .ratingSum(rs.getDouble("rating_sum"))
                .satisfied(rs.getLong("satisfied"));
    }

    private static DossierFigureRowBuilder emptyRow(String key) {
        return DossierFigureRowBuilder.builder().key(key);
    }

    private static String key(DossierDimension dimension, String dayColumn) {
        return switch (dimension) {
            case DAY -> dayColumn + "::text";
            case MONTH -> "to_char(" + dayColumn + ", 'YYYY-MM')";
            case UNIT -> "unit_id::text";
            case PROCEDURE -> "procedure_code";
            case WARD -> "ward_code";
            case WARD_AND_PROCEDURE -> "ward_code || '|' || procedure_code";
            case MONTH_AND_PROCEDURE -> "to_char(" + dayColumn + ", 'YYYY-MM') || '|' || procedure_code";
            case TOTAL -> "'*'";
        };
    }

    private static String conditions(DossierFigureFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.unitId() != null) {
            sql.append(" and unit_id = :unit");
        }
        if (filter.wardCode() != null) {
            sql.append(" and ward_code = :ward");
        }
        if (filter.procedureCode() != null) {
            sql.append(" and procedure_code = :procedure");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query, DossierFigureFilter filter) {
        if (filter.unitId() != null) {
            query = query.param("unit", filter.unitId());
        }
        if (filter.wardCode() != null) {
            query = query.param("ward", filter.wardCode());
        }
        if (filter.procedureCode() != null) {
            query = query.param("procedure", filter.procedureCode());
        }
        return query;
    }
}
