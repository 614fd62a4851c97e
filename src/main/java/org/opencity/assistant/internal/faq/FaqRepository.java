package org.opencity.assistant.internal.faq;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class FaqRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FaqRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<FaqEntry> all() {
        return jdbc.sql("select * from ast_faq_entry order by code")
                .query(this::entry)
                .list();
    }

    List<FaqEntry> validOn(LocalDate day) {
        return jdbc.sql("""
                select * from ast_faq_entry
                where valid_from <= :day and (valid_to is null or valid_to >= :day)
                order by code""").param("day", Date.valueOf(day)).query(this::entry).list();
    }

    Optional<FaqEntry> find(String code) {
        return jdbc.sql("select * from ast_faq_entry where code = :code")
                .param("code", code)
                .query(this::entry)
                .optional();
    }

    /** Adds the entry unless its code exists; false when it does. */
    boolean insert(FaqEntry entry) {
        return jdbc.sql("""
                        insert into ast_faq_entry (code, questions, answer_vi, answer_en, links, valid_from, valid_to)
                        values (:code, cast(:questions as jsonb), :answerVi, :answerEn, cast(:links as jsonb),
                                :validFrom, :validTo)
                        on conflict (code) do nothing""").params(columns(entry)).update() == 1;
    }

    /** Saves a new version if nobody saved since {@code entry.version()}; false when someone did. */
    boolean update(FaqEntry entry) {
        return jdbc.sql("""
                        update ast_faq_entry set questions = cast(:questions as jsonb), answer_vi = :answerVi,
                            answer_en = :answerEn, links = cast(:links as jsonb), valid_from = :validFrom,
                            valid_to = :validTo, updated_at = now(), version = version + 1
                        where code = :code and version = :version""")
                        .params(columns(entry))
                        .param("version", entry.version())
                        .update()
                == 1;
    }

    /** The newest change and the number of entries: what another node compares to learn the FAQ changed. */
    FaqState state() {
        return jdbc.sql("select max(updated_at) as newest, count(*) as entries from ast_faq_entry")
                .query((rs, n) -> new FaqState(
                        rs.getTimestamp("newest") == null
                                ? Instant.EPOCH
                                : rs.getTimestamp("newest").toInstant(),
                        rs.getLong("entries")))
                .single();
    }

    private FaqEntry entry(ResultSet rs, int row) throws SQLException {
        Date validTo = rs.getDate("valid_to");
        return new FaqEntry(
                rs.getString("code"),
                json.readValue(rs.getString("questions"), STRINGS),
                rs.getString("answer_vi"),
                rs.getString("answer_en"),
                json.readValue(rs.getString("links"), STRINGS),
                rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    /** The entry's columns as both the insert and the update write them. */
    private Map<String, Object> columns(FaqEntry entry) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("code", entry.code());
        columns.put("questions", json.writeValueAsString(entry.questions()));
        columns.put("answerVi", entry.answerVi());
        columns.put("answerEn", entry.answerEn());
        columns.put("links", json.writeValueAsString(entry.links()));
        columns.put("validFrom", Date.valueOf(entry.validFrom()));
        columns.put("validTo", entry.validTo() == null ? null : Date.valueOf(entry.validTo()));
        return columns;
    }
}
