package org.opencity.assistant.internal.conversation;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;
import org.opencity.assistant.HandoverStatus;

/**
 * A row of ast_handover.
 *
 * @param contact what the resident offered to be reached at, or null; for officers' eyes only, never logged
 */
@RecordBuilder
public record HandoverRecord(
        UUID id,
        UUID conversationId,
        String contact,
        HandoverStatus status,
        Instant requestedAt,
        UUID takenBy,
        String takenByName,
        Instant takenAt)
        implements HandoverRecordBuilder.With {}
