package org.opencity.insight.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.insight.MonthlyReportEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive of monthly reports, one row per month. */
@Repository
public class MonthlyReportRepository {

    private static final long LOCK = 0x0C17_0016_03L;

    private final JdbcClient jdbc;

    MonthlyReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the report unless the month already has one; returns whether this one was kept. */
    public boolean addIfAbsent(MonthlyReportFiles files) {
        return insert(files, "on conflict (month) do nothing") == 1;
    }

    /** Keeps the report, replacing the month's earlier one. */
    public void replace(MonthlyReportFiles files) {
        insert(files, """
                on conflict (month) do update set pdf = excluded.pdf, csv = excluded.csv,
                    produced_at = excluded.produced_at, produced_by = excluded.produced_by,
                    city_points = excluded.city_points, city_percent = excluded.city_percent""");
    }

    private int insert(MonthlyReportFiles files, String onConflict) {
        return jdbc.sql("""
                        insert into ins_monthly_report (month, pdf, csv, produced_at, produced_by, city_points,
                            city_percent)
                        values (:month, :pdf, :csv, :at, :by, :points, :percent) """ + onConflict)
                .param("month", files.month().atDay(1))
                .param("pdf", files.pdf())
                .param("csv", files.csv())
                .param("at", Timestamp.from(files.producedAt()))
                .param("by", files.producedBy())
                .param("points", files.cityPoints())
                .param("percent", files.cityPercent())
                .update();
    }

    /** Whether this transaction got the producer's lock; another node holding it means it is producing now. */
    public boolean tryLock() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", LOCK)
                .query(Boolean.class)
                .single());
    }

    public boolean exists(YearMonth month) {
        return jdbc.sql("select count(*) from ins_monthly_report where month = :month")
                        .param("month", month.atDay(1))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<MonthlyReportEntry> list() {
        return jdbc.sql("""
                        select month, produced_at, produced_by is null as scheduled, city_percent
                        from ins_monthly_report order by month desc""")
                .query((rs, n) -> new MonthlyReportEntry(
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getTimestamp("produced_at").toInstant(),
                        rs.getBoolean("scheduled"),
                        (Double) rs.getObject("city_percent")))
                .list();
    }

    public Optional<byte[]> pdf(YearMonth month) {
        return jdbc.sql("select pdf from ins_monthly_report where month = :month")
                .param("month", month.atDay(1))
                .query(byte[].class)
                .optional();
    }

    public Optional<String> csv(YearMonth month) {
        return jdbc.sql("select csv from ins_monthly_report where month = :month")
                .param("month", month.atDay(1))
                .query(String.class)
                .optional();
    }

    /** One month's report files, as archived. */
    public record MonthlyReportFiles(
            YearMonth month,
            byte[] pdf,
            String csv,
            Instant producedAt,
            UUID producedBy,
            double cityPoints,
            Double cityPercent) {}
}
