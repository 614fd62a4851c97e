package org.opencity.assistant;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the assistant answered: text assembled from the cited records only, those records in order of relevance,
 * and what the resident can do next.
 *
 * @param answerId the turn, for thumbs up or down
 * @param confidence between 0 and 1: how sure retrieval was that the first source answers the question (1 for live
 *     data such as a dossier's status)
 * @param language the language the answer is written in (Vietnamese or English)
 */
@RecordBuilder
public record Answer(
        UUID conversationId,
        UUID answerId,
        String text,
        List<Source> sources,
        List<AssistantAction> actions,
        double confidence,
        Outcome outcome,
        Locale language) {

    public Answer {
        sources = List.copyOf(sources);
        actions = List.copyOf(actions);
    }
}
