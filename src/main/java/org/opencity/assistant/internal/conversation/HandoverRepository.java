package org.opencity.assistant.internal.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.assistant.HandoverStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of ast_handover. */
@Repository
public class HandoverRepository {

    private final JdbcClient jdbc;

    HandoverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(HandoverRecord handover) {
        jdbc.sql("""
                insert into ast_handover (id, conversation_id, contact, status, requested_at)
                values (:id, :conversation, :contact, :status, :at)""")
                .param("id", handover.id())
                .param("conversation", handover.conversationId())
                .param("contact", handover.contact())
                .param("status", handover.status().name())
                .param("at", Timestamp.from(handover.requestedAt()))
                .update();
    }

    public Optional<HandoverRecord> find(UUID id) {
        return jdbc.sql("select * from ast_handover where id = :id")
                .param("id", id)
                .query(HandoverRepository::handover)
                .optional();
    }

    /** A resident who asks again may leave another way to reach them; the latest one counts. */
    public void contact(UUID id, String contact) {
        jdbc.sql("update ast_handover set contact = :contact where id = :id")
                .param("id", id)
                .param("contact", contact)
                .update();
    }

    /** The conversation's request that no officer has taken yet, if there is one. */
    public Optional<HandoverRecord> openFor(UUID conversation) {
        return jdbc.sql("select * from ast_handover where conversation_id = :id and status = 'OPEN' limit 1")
                .param("id", conversation)
                .query(HandoverRepository::handover)
                .optional();
    }

    /** Open requests first, oldest first (they have waited longest), then the latest taken ones. */
    public List<HandoverRecord> list(int limit) {
        return jdbc.sql("""
                select * from ast_handover
                order by status = 'OPEN' desc,
                         case when status = 'OPEN' then requested_at end asc,
                         taken_at desc
                limit :limit""")
                .param("limit", limit)
                .query(HandoverRepository::handover)
                .list();
    }

    /** Marks an open request as taken; false when it was taken meanwhile (by another officer). */
    public boolean take(UUID id, UUID officer, String officerName, Instant at) {
        return jdbc.sql("""
                        update ast_handover set status = 'TAKEN', taken_by = :officer, taken_by_name = :name,
                            taken_at = :at
                        where id = :id and status = 'OPEN'""")
                        .param("id", id)
                        .param("officer", officer)
                        .param("name", officerName)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private static HandoverRecord handover(ResultSet rs, int row) throws SQLException {
        Timestamp taken = rs.getTimestamp("taken_at");
        return HandoverRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .conversationId(rs.getObject("conversation_id", UUID.class))
                .contact(rs.getString("contact"))
                .status(HandoverStatus.valueOf(rs.getString("status")))
                .requestedAt(rs.getTimestamp("requested_at").toInstant())
                .takenBy(rs.getObject("taken_by", UUID.class))
                .takenByName(rs.getString("taken_by_name"))
                .takenAt(taken == null ? null : taken.toInstant())
                .build();
    }
}
