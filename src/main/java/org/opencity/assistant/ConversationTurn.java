package org.opencity.assistant;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One question and its answer, as stored: the question with personal data masked.
 *
 * @param feedback the resident's thumbs up or down, or null
 */
@RecordBuilder
public record ConversationTurn(
        UUID answerId,
        String question,
        String answer,
        List<Source> sources,
        List<AssistantAction> actions,
        double confidence,
        Outcome outcome,
        Vote feedback,
        Instant askedAt) {

    public ConversationTurn {
        sources = List.copyOf(sources);
        actions = List.copyOf(actions);
    }
}
