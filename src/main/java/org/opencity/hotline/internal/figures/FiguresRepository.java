package org.opencity.hotline.internal.figures;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts over htl_call, htl_handover and htl_callback for the calls that started in a period. */
@Repository
public class FiguresRepository {

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls, AI-alone calls, abandoned calls, hand-overs and call-backs. */
    public Counts counts(Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) as calls,
                       count(*) filter (where c.outcome in ('ANSWERED_BY_AI', 'STATUS_CHECKED', 'REPORT_LEFT')
                                          and not exists (select 1 from htl_handover h where h.call_id = c.id))
                           as ai_alone,
                       count(*) filter (where c.outcome = 'ABANDONED') as abandoned,
                       count(*) filter (where exists (select 1 from htl_handover h where h.call_id = c.id))
                           as handovers,
                       count(*) filter (where exists (select 1 from htl_callback b where b.call_id = c.id))
                           as callbacks
                from htl_call c
                where c.started_at >= :from and c.started_at < :to""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Counts(
                        rs.getLong("calls"),
                        rs.getLong("ai_alone"),
                        rs.getLong("abandoned"),
                        rs.getLong("handovers"),
                        rs.getLong("callbacks")))
                .single();
    }

    /** The mean and 90th percentile, in seconds, of queued → accepted; nulls when no hand-over was accepted. */
    public Waits waits(Instant from, Instant to) {
        return jdbc.sql("""
                select avg(extract(epoch from h.accepted_at - h.queued_at))::float8 as average,
                       percentile_cont(0.9) within group (
                           order by extract(epoch from h.accepted_at - h.queued_at)::float8) as p90
                from htl_handover h join htl_call c on c.id = h.call_id
                where h.accepted_at is not null and c.started_at >= :from and c.started_at < :to""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Waits(rs.getObject("average", Double.class), rs.getObject("p90", Double.class)))
                .single();
    }

    /** Calls by the hour they started in; hours without calls are absent. */
    public Map<Instant, Long> perHour(Instant from, Instant to) {
        Map<Instant, Long> hours = new LinkedHashMap<>();
        jdbc.sql("""
                select date_trunc('hour', started_at at time zone 'UTC') as hour, count(*) as calls
                from htl_call where started_at >= :from and started_at < :to
                group by 1 order by 1""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> Map.entry(
                        rs.getObject("hour", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong("calls")))
                .list()
                .forEach(hour -> hours.put(hour.getKey(), hour.getValue()));
        return hours;
    }

    public record Counts(long calls, long aiAlone, long abandoned, long handOvers, long callBacks) {}

    public record Waits(Double averageSeconds, Double p90Seconds) {}
}
