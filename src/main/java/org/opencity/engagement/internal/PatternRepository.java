package org.opencity.engagement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencity.engagement.VotePatterns.NetworkBurst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries behind the patterns report, over the votes' cast time, network hash and new-account mark. */
@Repository
public class PatternRepository {

    private final JdbcClient jdbc;

    PatternRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long[] voters(UUID poll) {
        return jdbc.sql("""
                        select count(distinct voter), count(distinct voter) filter (where new_account)
                        from eng_vote where poll_id = :poll""")
                .param("poll", poll)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** The busiest minute and its voters, or null when nobody voted. */
    public Object[] peakMinute(UUID poll) {
        return jdbc.sql("""
                        select date_trunc('minute', cast_at) as minute, count(distinct voter) as n from eng_vote
                        where poll_id = :poll group by 1 order by 2 desc, 1 limit 1""")
                .param("poll", poll)
                .query((rs, n) -> new Object[] {rs.getTimestamp("minute").toInstant(), rs.getLong("n")})
                .optional()
                .orElse(null);
    }

    public List<NetworkBurst> bursts(UUID poll, Instant origin, long threshold) {
        return jdbc.sql("""
                        select network, date_bin('10 minutes', cast_at, :origin) as window_start,
                            count(distinct voter) as voters,
                            count(distinct voter) filter (where new_account) as fresh
                        from eng_vote where poll_id = :poll
                        group by 1, 2 having count(distinct voter) > :threshold
                        order by 3 desc, 2 limit 50""")
                .param("poll", poll)
                .param("origin", Timestamp.from(origin))
                .param("threshold", threshold)
                .query((rs, n) -> new NetworkBurst(
                        rs.getString("network"),
                        rs.getTimestamp("window_start").toInstant(),
                        rs.getLong("voters"),
                        rs.getLong("fresh")))
                .list();
    }
}
