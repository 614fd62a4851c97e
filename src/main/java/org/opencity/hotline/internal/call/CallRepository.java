package org.opencity.hotline.internal.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.hotline.CallOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of htl_call and htl_call_line. */
@Repository
public class CallRepository {

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the call if the provider's id is new; a second start of the same call adds nothing.
     *
     * @return whether it was new
     */
    public boolean insertIfNew(CallRecord call) {
        return jdbc.sql("""
                insert into htl_call (id, provider_call_id, caller_phone, called_number, language, state, retries,
                                      path, started_at, updated_at)
                values (:id, :provider, :caller, :called, :language, :state, 0, '', :at, :at)
                on conflict (provider_call_id) do nothing""")
                        .param("id", call.id())
                        .param("provider", call.providerCallId())
                        .param("caller", call.callerPhone())
                        .param("called", call.calledNumber())
                        .param("language", call.language())
                        .param("state", call.state().name())
                        .param("at", Timestamp.from(call.startedAt()))
                        .update()
                == 1;
    }

    /** The call, locked until the transaction ends: one request of a call is handled at a time. */
    public Optional<CallRecord> locked(String providerCallId) {
        return jdbc.sql("select * from htl_call where provider_call_id = :provider for update")
                .param("provider", providerCallId)
                .query(CallRepository::call)
                .optional();
    }

    public Optional<CallRecord> find(UUID id) {
        return jdbc.sql("select * from htl_call where id = :id")
                .param("id", id)
                .query(CallRepository::call)
                .optional();
    }

    public Optional<CallRecord> byProviderId(String providerCallId) {
        return jdbc.sql("select * from htl_call where provider_call_id = :provider")
                .param("provider", providerCallId)
                .query(CallRepository::call)
                .optional();
    }

    public void update(CallRecord call) {
        jdbc.sql("""
                update htl_call set language = :language, state = :state, retries = :retries,
                       conversation_id = :conversation, dossier_code = :dossier, report_place = :place,
                       report_number = :report, outcome = :outcome, path = :path, ended_at = :ended,
                       updated_at = :updated
                where id = :id""")
                .param("id", call.id())
                .param("language", call.language())
                .param("state", call.state().name())
                .param("retries", call.retries())
                .param("conversation", call.conversationId())
                .param("dossier", call.dossierCode())
                .param("place", call.reportPlace())
                .param("report", call.reportNumber())
                .param("outcome", call.outcome() == null ? null : call.outcome().name())
                .param("path", call.path())
                .param("ended", call.endedAt() == null ? null : Timestamp.from(call.endedAt()))
                .param("updated", Timestamp.from(call.updatedAt()))
                .update();
    }

    public void line(UUID call, String speaker, String text, Instant at) {
        jdbc.sql("""
                insert into htl_call_line (call_id, speaker, text, said_at)
                values (:call, :speaker, :text, :at)""")
                .param("call", call)
                .param("speaker", speaker)
                .param("text", text)
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<CallLine> lines(UUID call) {
        return jdbc.sql("select speaker, text, said_at from htl_call_line where call_id = :call order by id")
                .param("call", call)
                .query((rs, n) -> new CallLine(
                        rs.getString("speaker"),
                        rs.getString("text"),
                        rs.getTimestamp("said_at").toInstant()))
                .list();
    }

    /** Newest first. */
    public List<CallRecord> latest(int limit, int offset) {
        return jdbc.sql("select * from htl_call order by started_at desc, id limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(CallRepository::call)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from htl_call").query(Long.class).single();
    }

    static CallRecord call(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp ended = rs.getTimestamp("ended_at");
        return CallRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .providerCallId(rs.getString("provider_call_id"))
                .callerPhone(rs.getString("caller_phone"))
                .calledNumber(rs.getString("called_number"))
                .language(rs.getString("language"))
                .state(CallStep.valueOf(rs.getString("state")))
                .retries(rs.getInt("retries"))
                .conversationId(rs.getObject("conversation_id", UUID.class))
                .dossierCode(rs.getString("dossier_code"))
                .reportPlace(rs.getString("report_place"))
                .reportNumber(rs.getString("report_number"))
                .outcome(outcome == null ? null : CallOutcome.valueOf(outcome))
                .path(rs.getString("path"))
                .startedAt(rs.getTimestamp("started_at").toInstant())
                .endedAt(ended == null ? null : ended.toInstant())
                .updatedAt(rs.getTimestamp("updated_at").toInstant())
                .build();
    }
}
