package org.opencity.engagement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many people took part in the votes and surveys open during a period: from the running tallies (a few rows per
 * poll, whatever the number of votes) and the responses' primary key. Counts only.
 */
@Service
public class PollFigures {

    private final JdbcClient jdbc;

    PollFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every poll or survey open at some moment between {@code from} and {@code to}, the latest opened first. */
    @Transactional(readOnly = true)
    public List<PollActivity> openBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        select p.id, p.title_vi, p.title_en, p.kind = 'SURVEY' as survey, p.opens_at, p.closes_at,
                            case when p.kind = 'SURVEY'
                                then (select count(*) from eng_response r where r.poll_id = p.id)
                                else coalesce((select max(per_criterion) from (
                                        select sum(t.votes) as per_criterion from eng_level_tally t
                                        where t.poll_id = p.id group by t.criterion) c), 0)
                            end as participants
                        from eng_poll p
                        where p.opens_at < :to and p.closes_at > :from
                        order by p.opens_at desc, p.id
                        limit 50""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new PollActivity(
                        rs.getObject("id", UUID.class),
                        rs.getString("title_vi"),
                        rs.getString("title_en"),
                        rs.getBoolean("survey"),
                        rs.getTimestamp("opens_at").toInstant(),
                        rs.getTimestamp("closes_at").toInstant(),
                        rs.getLong("participants")))
                .list();
    }
}
