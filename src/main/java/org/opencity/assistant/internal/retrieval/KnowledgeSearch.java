package org.opencity.assistant.internal.retrieval;

/**
 * Finds the procedures and FAQ entries that answer a question typed as residents type it: with or without
 * diacritics, misspelt, colloquial, with old place names. Implemented on Apache Lucene; the index follows the
 * catalogue and the FAQ.
 */
public interface KnowledgeSearch {

    /**
     * @param question the resident's words, as typed (already size-checked)
     * @param limit at most this many hits
     */
    SearchResult search(String question, int limit);
}
