package org.opencity.assistant.internal.conversation;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of ast_conversation.
 *
 * @param accountId the signed-in resident it belongs to, or null while it is anonymous
 * @param topicCode the procedure follow-ups refer to, or null
 */
@RecordBuilder
public record ConversationRecord(
        UUID id,
        UUID accountId,
        String language,
        String topicCode,
        Double topicConfidence,
        Instant startedAt,
        Instant lastAt)
        implements ConversationRecordBuilder.With {}
