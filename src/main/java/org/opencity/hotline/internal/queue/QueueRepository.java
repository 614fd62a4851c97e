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

/** The rows of htl_handover: the queue of callers waiting for a person. */
@Repository
public class QueueRepository {

    private final JdbcClient jdbc;

    QueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the call in the queue; a call already in it (waiting, or back after an agent was unreachable) stays. */
    public WaitRecord enqueue(UUID callId, Instant at) {
        jdbc.sql("""
                insert into htl_handover (id, call_id, status, queued_at, updated_at)
                values (:id, :call, 'WAITING', :at, :at)
                on conflict (call_id) do update set status = 'WAITING', queued_at = :at, accepted_at = null,
                    accepted_by = null, accepted_by_name = null, dial_address = null, connected_at = null,
                    closed_at = null, closing_outcome = null, closing_note = null, updated_at = :at
                where htl_handover.status in ('CLOSED', 'ABANDONED')""")
                .param("id", UUID.randomUUID())
                .param("call", callId)
                .param("at", Timestamp.from(at))
                .update();
        return ofCall(callId).orElseThrow();
    }

    public Optional<WaitRecord> ofCall(UUID callId) {
        return jdbc.sql("select * from htl_handover where call_id = :call")
                .param("call", callId)
                .query(QueueRepository::record)
                .optional();
    }

    public Optional<WaitRecord> find(UUID id) {
        return jdbc.sql("select * from htl_handover where id = :id")
                .param("id", id)
                .query(QueueRepository::record)
                .optional();
    }

    /** 1 for the caller who has waited longest. */
    public int position(UUID callId) {
        return jdbc.sql("""
                select count(*) from htl_handover w, htl_handover me
                where me.call_id = :call and w.status = 'WAITING' and w.queued_at <= me.queued_at""").param("call", callId).query(Integer.class).single();
    }

    /** Accepts a waiting call for an agent; false when it is no longer waiting (another agent was quicker). */
    public boolean accept(UUID id, UUID agent, String agentName, String dialAddress, Instant at) {
        return jdbc.sql("""
                        update htl_handover set status = 'ACCEPTED', accepted_at = :at, accepted_by = :agent,
                               accepted_by_name = :name, dial_address = :address, updated_at = :at
                        where id = :id and status = 'WAITING'""")
                        .param("id", id)
                        .param("agent", agent)
                        .param("name", agentName)
                        .param("address", dialAddress)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public void connected(UUID id, Instant at) {
        jdbc.sql("update htl_handover set connected_at = :at, updated_at = :at where id = :id and connected_at is null")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The agent could not be reached: the caller goes back to the queue, at their first place. */
    public void requeue(UUID id, Instant at) {
        jdbc.sql("""
                update htl_handover set status = 'WAITING', accepted_at = null, accepted_by = null,
                       accepted_by_name = null, dial_address = null, connected_at = null, updated_at = :at
                where id = :id and status = 'ACCEPTED'""").param("id", id).param("at", Timestamp.from(at)).update();
    }

    public boolean close(UUID id, WaitStatus from, WaitStatus to, String outcome, String note, Instant at) {
        return jdbc.sql("""
                        update htl_handover set status = :to, closed_at = :at, closing_outcome = :outcome,
                               closing_note = :note, updated_at = :at
                        where id = :id and status = :from""")
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("outcome", outcome)
                        .param("note", note)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Waiting callers, longest first, then the calls agents hold now. */
    public List<WaitRecord> open() {
        return jdbc.sql("""
                select * from htl_handover where status in ('WAITING', 'ACCEPTED')
                order by status desc, queued_at, id limit 200""").query(QueueRepository::record).list();
    }

    /** Changes whenever the queue or the call-backs change: the console's live view polls it on every node. */
    public String version() {
        return jdbc.sql("""
                select coalesce((select max(updated_at)::text || count(*) from htl_handover), '')
                    || coalesce((select max(coalesce(done_at, requested_at))::text || count(*) from htl_callback), '')""").query(String.class).single();
    }

    static WaitRecord record(ResultSet rs, int row) throws SQLException {
        return WaitRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .callId(rs.getObject("call_id", UUID.class))
                .status(WaitStatus.valueOf(rs.getString("status")))
                .queuedAt(instant(rs, "queued_at"))
                .acceptedAt(instant(rs, "accepted_at"))
                .acceptedBy(rs.getObject("accepted_by", UUID.class))
                .acceptedByName(rs.getString("accepted_by_name"))
                .dialAddress(rs.getString("dial_address"))
                .connectedAt(instant(rs, "connected_at"))
                .closedAt(instant(rs, "closed_at"))
                .closingOutcome(rs.getString("closing_outcome"))
                .closingNote(rs.getString("closing_note"))
                .build();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
