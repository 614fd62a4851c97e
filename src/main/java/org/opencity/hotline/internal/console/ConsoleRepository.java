package org.opencity.hotline.internal.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The console's own rows (htl_number_reveal: who was shown a caller's number) and what it asks of a voice report. */
@Repository
class ConsoleRepository {

    private final JdbcClient jdbc;

    ConsoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void revealed(UUID callId, UUID officer, Instant at) {
        jdbc.sql("""
                insert into htl_number_reveal (call_id, officer, revealed_at) values (:call, :officer, :at)
                on conflict (call_id, officer) do update set revealed_at = :at""")
                .param("call", callId)
                .param("officer", officer)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean wasRevealedTo(UUID callId, UUID officer) {
        return jdbc.sql("select count(*) from htl_number_reveal where call_id = :call and officer = :officer")
                        .param("call", callId)
                        .param("officer", officer)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether the voice report of the call kept its audio, without reading the audio. */
    boolean hasRecording(UUID callId) {
        return jdbc.sql("select count(*) from htl_voice_report where call_id = :call and audio is not null")
                        .param("call", callId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
