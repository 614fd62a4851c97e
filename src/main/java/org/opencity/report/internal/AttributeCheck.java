package org.opencity.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencity.platform.InvalidRequest;
import org.opencity.report.CategoryAttribute;

/**
 * Checks a report's answers against its category's questions: required ones present, list answers among the
 * choices (one for a single-value list), numbers that are numbers, text of a sensible length. Answers to questions
 * the category does not ask are dropped.
 */
public final class AttributeCheck {

    private static final int MAX_LENGTH = 500;

    private AttributeCheck() {}

    public static Map<String, List<String>> checked(
            List<CategoryAttribute> questions, Map<String, List<String>> given) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (CategoryAttribute question : questions) {
            List<String> values = given == null
                    ? List.of()
                    : given.getOrDefault(question.code(), List.of()).stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .distinct()
                            .toList();
            if (values.isEmpty()) {
                if (question.required()) {
                    throw new InvalidRequest("problem.report.attribute-required", question.code());
                }
                continue;
            }
            check(question, values);
            answers.put(question.code(), values);
        }
        return answers;
    }

    private static void check(CategoryAttribute question, List<String> values) {
        boolean single = !"multivaluelist".equals(question.datatype());
        if (single && values.size() > 1) {
            throw new InvalidRequest("problem.report.attribute-invalid", question.code());
        }
        for (String value : values) {
            boolean valid = switch (question.datatype()) {
                case "singlevaluelist", "multivaluelist" ->
                    question.choices().stream().anyMatch(c -> c.key().equals(value));
                case "number" -> value.matches("-?\\d{1,9}(\\.\\d{1,6})?");
                default -> value.length() <= MAX_LENGTH;
            };
            if (!valid) {
                throw new InvalidRequest("problem.report.attribute-invalid", question.code());
            }
        }
    }
}
