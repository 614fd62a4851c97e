package org.opencity.assistant.internal.conversation;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.Source;
import org.opencity.assistant.Vote;

/**
 * A row of ast_turn: one question (masked) and its answer.
 *
 * @param feedback the resident's thumbs up or down, or null
 */
@RecordBuilder
public record TurnRecord(
        UUID id,
        UUID conversationId,
        int position,
        String question,
        String answer,
        List<Source> sources,
        List<AssistantAction> actions,
        double confidence,
        Outcome outcome,
        boolean rephrased,
        Vote feedback,
        Instant askedAt) {

    public TurnRecord {
        sources = List.copyOf(sources);
        actions = List.copyOf(actions);
    }
}
