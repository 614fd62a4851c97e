package org.opencity.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencity.report.CategoryAttribute;
import org.opencity.report.internal.AttributeParameters;

/**
 * The answers typed into the form's extra questions ({@code attribute[CODE]}, the Open311 convention the API uses
 * too). Without JavaScript every category's questions are on the page and sent; only the answers to the chosen
 * category's questions go with the report, while all are kept for the form shown again, in case the resident
 * changes the category.
 */
public final class CategoryAnswers {

    private final Map<String, List<String>> byQuestion;

    private CategoryAnswers(Map<String, List<String>> byQuestion) {
        this.byQuestion = byQuestion;
    }

    static CategoryAnswers none() {
        return new CategoryAnswers(Map.of());
    }

    static CategoryAnswers from(Map<String, ? extends List<String>> parameters) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        AttributeParameters.from(parameters).forEach((question, values) -> {
            List<String> given =
                    values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!given.isEmpty()) {
                answers.put(question, given);
            }
        });
        return new CategoryAnswers(answers);
    }

    /** The answers to these questions (the chosen category's), by question code, as the report carries them. */
    Map<String, List<String>> to(List<CategoryAttribute> questions) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        questions.forEach(question -> {
            List<String> given = byQuestion.get(question.code());
            if (given != null) {
                answers.put(question.code(), given);
            }
        });
        return answers;
    }

    /** For the form: whether this choice was ticked or selected. */
    public boolean has(String question, String value) {
        return byQuestion.getOrDefault(question, List.of()).contains(value);
    }

    /** For the form: what was typed into a text or number question, or null. */
    public String text(String question) {
        List<String> values = byQuestion.getOrDefault(question, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    /** The id of a question's field on the form (unique across categories), which the error summary links to. */
    static String fieldId(String categoryCode, String question) {
        return "answer-" + categoryCode + "-" + question;
    }
}
