package org.opencity.engagement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The running tallies, the recount from the raw votes, receipts, the bulletin and the anonymised export. */
@Repository
public class TallyRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;

    TallyRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // Its own template: the fetch size makes PostgreSQL stream the rows (inside a transaction).
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(1000);
    }

    /** criterion → candidate → votes, from the running tally. */
    public Map<String, Map<String, Long>> tally(UUID poll) {
        Map<String, Map<String, Long>> tally = new HashMap<>();
        jdbc.sql("select criterion, candidate, votes from eng_tally where poll_id = :poll")
                .param("poll", poll)
                .query(rs -> {
                    tally.computeIfAbsent(rs.getString("criterion"), c -> new HashMap<>())
                            .put(rs.getString("candidate"), rs.getLong("votes"));
                });
        return tally;
    }

    /** criterion → identity level → votes, from the running tally. */
    public Map<String, Map<Integer, Long>> byLevel(UUID poll) {
        Map<String, Map<Integer, Long>> tally = new HashMap<>();
        jdbc.sql("select criterion, identity_level, votes from eng_level_tally where poll_id = :poll")
                .param("poll", poll)
                .query(rs -> {
                    tally.computeIfAbsent(rs.getString("criterion"), c -> new HashMap<>())
                            .put(rs.getInt("identity_level"), rs.getLong("votes"));
                });
        return tally;
    }

    /** criterion → candidate → votes, counted now from every raw vote (first preferences only when ranked). */
    public Map<String, Map<String, Long>> recount(UUID poll, boolean firstPreferenceOnly) {
        Map<String, Map<String, Long>> tally = new HashMap<>();
        jdbc.sql("""
                        select v.criterion, x.candidate, count(*) as votes
                        from eng_vote v, unnest(v.choices) with ordinality as x(candidate, position)
                        where v.poll_id = :poll and (not :first or x.position = 1)
                        group by v.criterion, x.candidate""").param("poll", poll).param("first", firstPreferenceOnly).query(rs -> {
            tally.computeIfAbsent(rs.getString("criterion"), c -> new HashMap<>())
                    .put(rs.getString("candidate"), rs.getLong("votes"));
        });
        return tally;
    }

    /** Every ranked ballot of a criterion, for the instant run-off. */
    public List<List<String>> rankings(UUID poll, String criterion) {
        return jdbc.sql("select choices from eng_vote where poll_id = :poll and criterion = :criterion")
                .param("poll", poll)
                .param("criterion", criterion)
                .query((rs, n) -> PollRepository.strings(rs.getArray("choices")))
                .list();
    }

    /** The criteria the receipt's vote is counted on (empty when no vote holds it). */
    public List<String> countedCriteria(UUID poll, String fingerprint) {
        return jdbc.sql("select criterion from eng_vote where poll_id = :poll and fingerprint = :fingerprint"
                        + " order by criterion")
                .param("poll", poll)
                .param("fingerprint", fingerprint)
                .query(String.class)
                .list();
    }

    /** The criteria this person has voted on. */
    public List<String> votedCriteria(UUID poll, UUID voter) {
        return jdbc.sql("select criterion from eng_vote where poll_id = :poll and voter = :voter")
                .param("poll", poll)
                .param("voter", voter)
                .query(String.class)
                .list();
    }

    public boolean wasReplaced(UUID poll, String fingerprint) {
        return jdbc.sql(
                                "select count(*) from eng_replaced_receipt where poll_id = :poll and fingerprint = :fingerprint")
                        .param("poll", poll)
                        .param("fingerprint", fingerprint)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Fingerprints of counted receipts after {@code after}, in order, at most {@code limit}. */
    public List<String> bulletin(UUID poll, String after, int limit) {
        return jdbc.sql("""
                        select distinct fingerprint from eng_vote
                        where poll_id = :poll and fingerprint > :after
                        order by fingerprint limit :limit""")
                .param("poll", poll)
                .param("after", after == null ? "" : after)
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    public long voters(UUID poll) {
        return jdbc.sql("select count(distinct voter) from eng_vote where poll_id = :poll")
                .param("poll", poll)
                .query(Long.class)
                .single();
    }

    /**
     * Writes the anonymised export as CSV: one line per counted choice, {@code fingerprint,criterion,rank,candidate},
     * read with a cursor (the caller's transaction) so that 200,000 votes are never held in memory.
     */
    public void export(UUID poll, Writer out) {
        try {
            out.write("fingerprint,criterion,rank,candidate\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cursor.query(
                """
                select v.fingerprint, v.criterion, x.position, x.candidate
                from eng_vote v, unnest(v.choices) with ordinality as x(candidate, position)
                where v.poll_id = ?
                order by v.fingerprint, v.criterion, x.position""",
                rs -> {
                    try {
                        out.write(rs.getString(1));
                        out.write(',');
                        out.write(rs.getString(2));
                        out.write(',');
                        out.write(Long.toString(rs.getLong(3)));
                        out.write(',');
                        out.write(rs.getString(4));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                poll);
    }

    /** Every voter of a poll, a page at a time (for the result notification). */
    public List<UUID> voters(UUID poll, UUID after, int limit) {
        return jdbc.sql("""
                        select distinct voter from eng_vote where poll_id = :poll and voter > :after
                        order by voter limit :limit""")
                .param("poll", poll)
                .param("after", after == null ? new UUID(0, 0) : after)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }
}
