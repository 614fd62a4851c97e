package org.opencity.queue;

import java.time.LocalDate;
import java.util.List;
import org.opencity.platform.InvalidRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queues' figures per point and day, for the dashboards (a later issue shows them). */
@Service
public class QueueFigures {

    static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;

    QueueFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every point with tickets between two days (both included), by day then point. */
    @Transactional(readOnly = true)
    public List<PointDayFigures> between(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidRequest("problem.queue.figures-period", MAX_DAYS);
        }
        return jdbc.sql("""
                        select point_code, day, count(*)::int as tickets,
                               avg(extract(epoch from called_at - taken_at)) filter (where called_at is not null)
                                   as avg_wait,
                               percentile_cont(0.9) within group (order by extract(epoch from called_at - taken_at))
                                   filter (where called_at is not null) as p90_wait,
                               avg(extract(epoch from finished_at - serving_at)) filter (where status = 'DONE')
                                   as avg_service,
                               (count(*) filter (where status = 'NO_SHOW'))::float8
                                   / nullif(count(*) filter (where status in ('DONE', 'NO_SHOW')), 0) as no_show
                        from q_ticket where day between :from and :to
                        group by point_code, day order by day, point_code""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new PointDayFigures(
                        rs.getString("point_code"),
                        rs.getObject("day", LocalDate.class),
                        rs.getInt("tickets"),
                        (Double) nullable(rs.getObject("avg_wait")),
                        (Double) nullable(rs.getObject("p90_wait")),
                        (Double) nullable(rs.getObject("avg_service")),
                        (Double) nullable(rs.getObject("no_show"))))
                .list();
    }

    private static Object nullable(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }
}
