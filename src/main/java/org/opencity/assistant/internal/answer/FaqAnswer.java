package org.opencity.assistant.internal.answer;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * One FAQ entry, in one language.
 *
 * @param question the entry's main question, used as its name when cited
 * @param answer the answer text the city wrote, given as it is
 * @param links platform paths or official sites the entry points to, in its order
 */
@RecordBuilder
public record FaqAnswer(String code, String question, String answer, List<String> links) {

    public FaqAnswer {
        links = List.copyOf(links);
    }
}
