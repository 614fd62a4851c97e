package org.opencity.assistant.internal.retrieval;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * What retrieval found for a question.
 *
 * @param hits the matching records, most relevant first
 * @param confidence between 0 and 1: how sure retrieval is that the first hit answers the question; below the
 *     configured threshold the assistant says it is not sure and offers the closest records and a person
 */
@RecordBuilder
public record SearchResult(List<KnowledgeHit> hits, double confidence) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public static SearchResult nothing() {
        return new SearchResult(List.of(), 0);
    }
}
