package org.opencity.hotline.internal.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of htl_callback. */
@Repository
public class CallbackRepository {

    private final JdbcClient jdbc;

    CallbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One call-back per call: asking twice in a call books it once. */
    public void book(UUID callId, String phone, Instant at) {
        jdbc.sql("""
                insert into htl_callback (id, call_id, phone, requested_at) values (:id, :call, :phone, :at)
                on conflict (call_id) do nothing""")
                .param("id", UUID.randomUUID())
                .param("call", callId)
                .param("phone", phone)
                .param("at", Timestamp.from(at))
                .update();
    }

    public Optional<CallbackRecord> find(UUID id) {
        return jdbc.sql("select * from htl_callback where id = :id")
                .param("id", id)
                .query(CallbackRepository::record)
                .optional();
    }

    public Optional<CallbackRecord> ofCall(UUID callId) {
        return jdbc.sql("select * from htl_callback where call_id = :call")
                .param("call", callId)
                .query(CallbackRepository::record)
                .optional();
    }

    /** Ticks a call-back off; false when someone else already did. */
    public boolean done(UUID id, UUID officer, String officerName, String note, Instant at) {
        return jdbc.sql("""
                        update htl_callback set done_at = :at, done_by = :officer, done_by_name = :name, note = :note
                        where id = :id and done_at is null""")
                        .param("id", id)
                        .param("officer", officer)
                        .param("name", officerName)
                        .param("note", note)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Open call-backs, oldest first. */
    public List<CallbackRecord> open() {
        return jdbc.sql("select * from htl_callback where done_at is null order by requested_at, id limit 200")
                .query(CallbackRepository::record)
                .list();
    }

    static CallbackRecord record(ResultSet rs, int row) throws SQLException {
        return CallbackRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .callId(rs.getObject("call_id", UUID.class))
                .phone(rs.getString("phone"))
                .requestedAt(QueueRepository.instant(rs, "requested_at"))
                .doneAt(QueueRepository.instant(rs, "done_at"))
                .doneBy(rs.getObject("done_by", UUID.class))
                .doneByName(rs.getString("done_by_name"))
                .note(rs.getString("note"))
                .build();
    }
}
