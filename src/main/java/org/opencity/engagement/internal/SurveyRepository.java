package org.opencity.engagement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.opencity.engagement.SurveyAnswer;
import org.opencity.engagement.TextAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey responses: one per person and survey (its primary key), with one answer per question. */
@Repository
public class SurveyRepository {

    private final JdbcClient jdbc;

    private final JdbcTemplate cursor;

    SurveyRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // Its own template: the fetch size makes PostgreSQL stream the rows (inside a transaction).
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(1000);
    }

    /** One exported answer: the response's number in this export (not the person), when, which question, what. */
    public record ExportRow(
            long response, Instant submittedAt, String question, Integer choice, Integer scale, String text) {}

    /** Every answer in response order, read with a cursor (the caller's transaction), one row at a time. */
    public void export(UUID poll, Consumer<ExportRow> rows) {
        cursor.query(
                """
                select dense_rank() over (order by r.submitted_at, r.respondent) as response, r.submitted_at,
                    a.question, a.choice, a.scale, a.text
                from eng_response r join eng_answer a on a.poll_id = r.poll_id and a.respondent = r.respondent
                where r.poll_id = ?
                order by r.submitted_at, r.respondent, a.question""",
                rs -> {
                    rows.accept(new ExportRow(
                            rs.getLong("response"),
                            rs.getTimestamp("submitted_at").toInstant(),
                            rs.getString("question"),
                            (Integer) rs.getObject("choice"),
                            (Integer) rs.getObject("scale"),
                            rs.getString("text")));
                },
                poll);
    }

    /** Records a first response; false when the person already answered (nothing written). */
    public boolean insertResponse(UUID poll, UUID respondent, int level, Instant at) {
        return jdbc.sql("""
                                insert into eng_response (poll_id, respondent, identity_level, submitted_at)
                                values (:poll, :respondent, :level, :at) on conflict do nothing""")
                        .param("poll", poll)
                        .param("respondent", respondent)
                        .param("level", level)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Replaces an earlier response's answers (a survey whose answers may be changed). */
    public void replaceResponse(UUID poll, UUID respondent, int level, Instant at) {
        jdbc.sql("""
                        update eng_response set identity_level = :level, submitted_at = :at
                        where poll_id = :poll and respondent = :respondent""")
                .param("poll", poll)
                .param("respondent", respondent)
                .param("level", level)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("delete from eng_answer where poll_id = :poll and respondent = :respondent")
                .param("poll", poll)
                .param("respondent", respondent)
                .update();
    }

    public void insertAnswer(UUID poll, UUID respondent, SurveyAnswer answer) {
        jdbc.sql("""
                        insert into eng_answer (poll_id, respondent, question, choice, scale, text)
                        values (:poll, :respondent, :question, :choice, :scale, :text)""")
                .param("poll", poll)
                .param("respondent", respondent)
                .param("question", answer.question())
                .param("choice", answer.choice())
                .param("scale", answer.scale())
                .param("text", answer.text())
                .update();
    }

    public long respondents(UUID poll) {
        return jdbc.sql("select count(*) from eng_response where poll_id = :poll")
                .param("poll", poll)
                .query(Long.class)
                .single();
    }

    public boolean answered(UUID poll, UUID respondent) {
        return jdbc.sql("select count(*) from eng_response where poll_id = :poll and respondent = :respondent")
                        .param("poll", poll)
                        .param("respondent", respondent)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** question → option index or score → answers. */
    public Map<String, Map<Integer, Long>> counts(UUID poll) {
        Map<String, Map<Integer, Long>> counts = new HashMap<>();
        jdbc.sql("""
                        select question, coalesce(choice, scale) as value, count(*) as n from eng_answer
                        where poll_id = :poll and text is null group by question, coalesce(choice, scale)""").param("poll", poll).query(rs -> {
            counts.computeIfAbsent(rs.getString("question"), q -> new HashMap<>())
                    .put(rs.getInt("value"), rs.getLong("n"));
        });
        return counts;
    }

    /** question → how many wrote a text. */
    public Map<String, Long> textCounts(UUID poll) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select question, count(*) as n from eng_answer where poll_id = :poll and text is not null"
                        + " group by question")
                .param("poll", poll)
                .query(rs -> {
                    counts.put(rs.getString("question"), rs.getLong("n"));
                });
        return counts;
    }

    /** Free-text answers, newest first, as they were written (the caller masks them). */
    public List<TextAnswer> texts(UUID poll, int offset, int limit) {
        return jdbc.sql("""
                        select a.question, a.text, r.submitted_at from eng_answer a
                        join eng_response r on r.poll_id = a.poll_id and r.respondent = a.respondent
                        where a.poll_id = :poll and a.text is not null
                        order by r.submitted_at desc, a.question limit :limit offset :offset""")
                .param("poll", poll)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new TextAnswer(
                        rs.getString("question"),
                        rs.getString("text"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }
}
