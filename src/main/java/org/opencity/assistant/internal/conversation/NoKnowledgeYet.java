package org.opencity.assistant.internal.conversation;

import org.opencity.assistant.internal.retrieval.KnowledgeSearch;
import org.opencity.assistant.internal.retrieval.SearchResult;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY — delete this class when the retrieval engine (Lucene, {@code internal.retrieval}) is merged.
 *
 * <p>Until then the application needs some {@link KnowledgeSearch} to start: this one finds nothing, so every
 * question that is not an action (a dossier's status, a ward, “my dossiers”) gets the honest “not found, talk to a
 * person” answer. It steps aside as soon as a real engine is a bean.
 */
@Component
@ConditionalOnMissingBean(value = KnowledgeSearch.class, ignored = NoKnowledgeYet.class)
class NoKnowledgeYet implements KnowledgeSearch {

    @Override
    public SearchResult search(String question, int limit) {
        return SearchResult.nothing();
    }
}
