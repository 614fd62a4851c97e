package org.opencity.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of reports for open data and dashboards: per day received, ward, category and status now, with how many
 * were resolved and their mean resolution time. Nothing personal: no text, no place finer than the ward, no person.
 * Rows are streamed with a cursor, so a long period is never held in memory.
 */
@Service
public class ReportFigures {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate cursor;

    ReportFigures(DataSource dataSource) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(1000);
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
