package org.opencity.hotline.internal.voicereport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of htl_voice_report. */
@Repository
class VoiceReportRepository {

    /** A report that failed this many times is left for a person (the call log shows it). */
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;

    VoiceReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One voice report per call: the provider sending the recording twice files one report. */
    void insertIfNew(VoiceReportRecord report) {
        jdbc.sql("""
                insert into htl_voice_report (call_id, place, recording_url, recording_seconds, transcript, recorded_at)
                values (:call, :place, :url, :seconds, :transcript, :at)
                on conflict (call_id) do nothing""")
                .param("call", report.callId())
                .param("place", report.place())
                .param("url", report.recordingUrl())
                .param("seconds", report.recordingSeconds())
                .param("transcript", report.transcript())
                .param("at", Timestamp.from(report.recordedAt()))
                .update();
    }

    /** The provider's transcript, if none came with the recording and the report is not filed yet. */
    boolean transcribed(UUID call, String transcript) {
        return jdbc.sql("""
                        update htl_voice_report set transcript = :transcript
                        where call_id = :call and transcript is null and completed_at is null""").param("call", call).param("transcript", transcript).update() == 1;
    }

    /**
     * Reports ready to file, locked so that another node's job skips them: those with a transcript, and those that
     * waited long enough for one.
     */
    List<VoiceReportRecord> lockDue(Instant waitedSince, int limit) {
        return jdbc.sql("""
                select call_id, place, recording_url, recording_seconds, transcript, recorded_at, report_number,
                       fetch_attempts, fetch_error, completed_at
                from htl_voice_report
                where completed_at is null and fetch_attempts < :maxAttempts
                  and (transcript is not null or recorded_at <= :since)
                order by recorded_at limit :limit for update skip locked""")
                .param("since", Timestamp.from(waitedSince))
                .param("maxAttempts", MAX_ATTEMPTS)
                .param("limit", limit)
                .query(VoiceReportRepository::record)
                .list();
    }

    void filed(UUID call, String reportNumber, byte[] audio, String audioType, String fetchError, Instant at) {
        jdbc.sql("""
                update htl_voice_report set report_number = :number, audio = :audio, audio_type = :type,
                       fetch_attempts = fetch_attempts + 1, fetch_error = :error, completed_at = :at
                where call_id = :call""")
                .param("call", call)
                .param("number", reportNumber)
                .param("audio", audio)
                .param("type", audioType)
                .param("error", fetchError)
                .param("at", Timestamp.from(at))
                .update();
    }

    void failed(UUID call, String error) {
        jdbc.sql("""
                update htl_voice_report set fetch_attempts = fetch_attempts + 1, fetch_error = :error
                where call_id = :call""").param("call", call).param("error", error).update();
    }

    Optional<VoiceReportRecord> ofCall(UUID call) {
        return jdbc.sql("""
                select call_id, place, recording_url, recording_seconds, transcript, recorded_at, report_number,
                       fetch_attempts, fetch_error, completed_at
                from htl_voice_report where call_id = :call""")
                .param("call", call)
                .query(VoiceReportRepository::record)
                .optional();
    }

    Optional<Recording> audio(UUID call) {
        return jdbc.sql("select audio, audio_type from htl_voice_report where call_id = :call and audio is not null")
                .param("call", call)
                .query((rs, n) -> new Recording(rs.getBytes("audio"), rs.getString("audio_type")))
                .optional();
    }

    static VoiceReportRecord record(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        int seconds = rs.getInt("recording_seconds");
        return VoiceReportRecordBuilder.builder()
                .callId(rs.getObject("call_id", UUID.class))
                .place(rs.getString("place"))
                .recordingUrl(rs.getString("recording_url"))
                .recordingSeconds(rs.wasNull() ? null : seconds)
                .transcript(rs.getString("transcript"))
                .recordedAt(rs.getTimestamp("recorded_at").toInstant())
                .reportNumber(rs.getString("report_number"))
                .fetchAttempts(rs.getInt("fetch_attempts"))
                .fetchError(rs.getString("fetch_error"))
                .completedAt(completed == null ? null : completed.toInstant())
                .build();
    }
}
