package org.opencity.assistant.internal.llm;

import java.util.Locale;
import java.util.Optional;

/**
 * Rewords an answer's assembled facts into friendlier sentences. The facts and the sources stay the assistant's:
 * a rewording that is empty, late, failed or brings a figure the facts do not have is not used.
 */
public interface Rephraser {

    /**
     * @param question the resident's question, already masked
     * @param facts the answer as assembled from the records
     * @return the reworded answer, or empty to give the facts as assembled
     */
    Optional<String> rephrase(String question, String facts, Locale language);
}
