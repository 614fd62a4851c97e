package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.UUID;

/** What a survey's respondents answered, per question: counts per option, scores, how many wrote a text. */
@RecordBuilder
public record SurveySummary(UUID pollId, long respondents, List<QuestionSummary> questions) {

    public SurveySummary {
        questions = List.copyOf(questions);
    }

    /**
     * @param counts answers per option (choice) or per score 1–5 (scale); empty for a text question
     * @param mean the mean score of a scale question, else null
     * @param answered how many respondents answered it
     */
    @RecordBuilder
    public record QuestionSummary(String question, QuestionKind kind, List<Long> counts, Double mean, long answered) {

        public QuestionSummary {
            counts = List.copyOf(counts);
        }
    }
}
