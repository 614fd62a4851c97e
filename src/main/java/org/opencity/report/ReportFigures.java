package org.opencity.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.opencity.report.internal.ReportFiguresRefresh;
import org.opencity.shared.PeriodSplit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of reports for open data and dashboards: per day received, ward, category and status now, with how many
 * were resolved and their mean resolution time. Nothing personal: no text, no place finer than the ward, no person.
 * Rows are streamed with a cursor, so a long period is never held in memory.
 *
 * <p>The grouped figures ({@link #by}) read the day and month tables a background job keeps beside the reports (see
 * {@link ReportFiguresRefresh}): they are at most a few seconds behind, and call {@link #refresh()} to catch up.
 */
@Service
public class ReportFigures {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate cursor;
    private final JdbcClient jdbc;
    private final ReportFiguresRefresh refresher;
    private final Clock clock;

    ReportFigures(DataSource dataSource, JdbcClient jdbc, ReportFiguresRefresh refresher, Clock clock) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(1000);
        this.jdbc = jdbc;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Recomputes now whatever changed since the last background refresh. */
    public void refresh() {
        refresher.refresh();
    }

    /** One row with everything the filter selects. */
    @Transactional(readOnly = true)
    public ReportFigureRow total(ReportFigureFilter filter) {
        List<ReportFigureRow> rows = by(filter, ReportDimension.TOTAL);
        return rows.isEmpty() ? ReportFigureRowBuilder.builder().key("*").build() : rows.get(0);
    }

    /** The figures grouped by one dimension, in the order of its key. */
    @Transactional(readOnly = true)
    public List<ReportFigureRow> by(ReportFigureFilter filter, ReportDimension dimension) {
        Map<String, ReportFigureRowBuilder> rows = new LinkedHashMap<>();
        happened(filter, dimension, rows);
        if (dimension != ReportDimension.DAY && dimension != ReportDimension.MONTH) {
            backlog(filter, dimension, rows);
        }
        List<ReportFigureRow> result = new ArrayList<>(rows.size());
        rows.values().forEach(row -> result.add(row.build()));
        result.sort(java.util.Comparator.comparing(ReportFigureRow::key));
        return result;
    }

    private void happened(
            ReportFigureFilter filter, ReportDimension dimension, Map<String, ReportFigureRowBuilder> rows) {
        PeriodSplit split = dimension == ReportDimension.DAY
                ? PeriodSplit.of(filter.from(), filter.to()).allDays()
                : PeriodSplit.of(filter.from(), filter.to());
        String conditions = conditions(filter);
        String columns = "received, rejected, resolved, resolved_on_time, resolution_hours, rated, rating_sum";
        var query = jdbc.sql("""
                select key, sum(received) as received, sum(rejected) as rejected, sum(resolved) as resolved,
                    sum(resolved_on_time) as on_time, sum(resolution_hours) as hours, sum(rated) as rated,
                    sum(rating_sum) as rating_sum
                from (
                    select %s as key, %s from rpt_figures_day
                    where (day between :headFrom and :headTo or day between :tailFrom and :tailTo) %s
                    union all
                    select %s as key, %s from rpt_figures_month
                    where month between :firstMonth and :lastMonth %s
                ) figures
                group by key""".formatted(
                        key(dimension, "day"), columns, conditions, key(dimension, "month"), columns, conditions))
                .param("headFrom", split.headFrom())
                .param("headTo", split.headTo())
                .param("tailFrom", split.tailFrom())
                .param("tailTo", split.tailTo())
                .param("firstMonth", split.firstMonth())
                .param("lastMonth", split.lastMonth());
        bind(query, filter)
                .query((rs, n) -> rows.computeIfAbsent(rs.getString("key"), this::emptyRow)
                        .received(rs.getLong("received"))
                        .rejected(rs.getLong("rejected"))
                        .resolved(rs.getLong("resolved"))
                        .resolvedOnTime(rs.getLong("on_time"))
                        .resolutionHours(rs.getDouble("hours"))
                        .rated(rs.getLong("rated"))
                        .ratingSum(rs.getLong("rating_sum")))
                .list();
    }

    private void backlog(
            ReportFigureFilter filter, ReportDimension dimension, Map<String, ReportFigureRowBuilder> rows) {
        var query = jdbc.sql("""
                        select %s as key, sum(open) as open, coalesce(sum(open) filter (where due_day < :today), 0) as overdue
                        from rpt_figures_open where true %s
                        group by key""".formatted(key(dimension, "day"), conditions(filter)))
                .param("today", LocalDate.now(clock.withZone(VIETNAM)));
        bind(query, filter)
                .query((rs, n) -> rows.computeIfAbsent(rs.getString("key"), this::emptyRow)
                        .open(rs.getLong("open"))
                        .overdue(rs.getLong("overdue")))
                .list();
    }

    private ReportFigureRowBuilder emptyRow(String key) {
        return ReportFigureRowBuilder.builder().key(key);
    }

    private static String key(ReportDimension dimension, String dayColumn) {
        return switch (dimension) {
            case DAY -> dayColumn + "::text";
            case MONTH -> "to_char(" + dayColumn + ", 'YYYY-MM')";
            case WARD -> "ward_code::text";
            case CATEGORY -> "category_code";
            case UNIT -> "unit_id::text";
            case TOTAL -> "'*'";
        };
    }

    private static String conditions(ReportFigureFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.wardCode() != null) {
            sql.append(" and ward_code = :ward");
        }
        if (filter.unitId() != null) {
            sql.append(" and unit_id = :unit");
        }
        if (filter.categoryCode() != null) {
            sql.append(" and category_code = :category");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec query, ReportFigureFilter filter) {
        if (filter.wardCode() != null) {
            query = query.param("ward", filter.wardCode());
        }
        if (filter.unitId() != null) {
            query = query.param("unit", filter.unitId());
        }
        if (filter.categoryCode() != null) {
            query = query.param("category", filter.categoryCode());
        }
        return query;
    }

    /** One day's reports of one category in one ward and status. */
    public record DailyCount(
            LocalDate day,
            String wardCode,
            String categoryCode,
            ReportStatus status,
            long reports,
            long resolved,
            Double meanResolutionHours) {}

    /** Every row from {@code from} to {@code to} (inclusive, Hanoi days), by day, ward, category and status. */
    @Transactional(readOnly = true)
    public void daily(LocalDate from, LocalDate to, Consumer<DailyCount> rows) {
        cursor.query(
                """
                select (created_at at time zone 'Asia/Ho_Chi_Minh')::date as day, ward_code, category_code, status,
                    count(*) as reports, count(resolved_at) as resolved,
                    avg(extract(epoch from (resolved_at - created_at)) / 3600.0) as mean_hours
                from rpt_report
                where created_at >= ? and created_at < ? and duplicate_of is null
                group by 1, 2, 3, 4
                order by 1, 2, 3, 4""",
                rs -> {
                    Object mean = rs.getObject("mean_hours");
                    rows.accept(new DailyCount(
                            rs.getObject("day", LocalDate.class),
                            rs.getString("ward_code"),
                            rs.getString("category_code"),
                            ReportStatus.valueOf(rs.getString("status")),
                            rs.getLong("reports"),
                            rs.getLong("resolved"),
                            mean == null ? null : ((Number) mean).doubleValue()));
                },
                Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant()));
    }
}
