package org.opencity.hotline.internal.voicereport;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;

/** A row of htl_voice_report (without the audio): a report left by voice, before and after it is filed. */
@RecordBuilder
public record VoiceReportRecord(
        UUID callId,
        String place,
        String recordingUrl,
        Integer recordingSeconds,
        String transcript,
        Instant recordedAt,
        String reportNumber,
        int fetchAttempts,
        String fetchError,
        Instant completedAt) {}
