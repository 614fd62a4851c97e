package org.opencity.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, in the order the fields appear: the design system's error
 * summary ({@code components :: errorSummary}) lists them at the top with a link to each field, and each field shows
 * its own line. Put it in the model as {@code formErrors}.
 */
public final class FormErrors {

    /** One field's problem; {@code fieldId} is the id of the input the summary links to. */
    public record FieldError(String fieldId, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Adds a field's problem; the first problem of a field is the one shown. */
    public FormErrors add(String fieldId, String message) {
        byField.putIfAbsent(fieldId, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The field's problem, or null when it has none. */
    public String of(String fieldId) {
        return byField.get(fieldId);
    }

    public List<FieldError> all() {
        List<FieldError> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new FieldError(field, message)));
        return all;
    }
}
