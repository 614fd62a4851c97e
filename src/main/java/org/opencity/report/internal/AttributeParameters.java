package org.opencity.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers to a category's questions as form parameters: {@code attribute[CODE]=v}, repeated or as
 * {@code attribute[CODE][]=v} for a list with several answers (Open311's convention, used by our page form too).
 */
public final class AttributeParameters {

    private static final Pattern NAME = Pattern.compile("attribute\\[([^\\]]{1,100})](\\[])?");

    private AttributeParameters() {}

    public static Map<String, List<String>> from(Map<String, ? extends List<String>> parameters) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            Matcher key = NAME.matcher(name);
            if (key.matches() && values != null) {
                answers.computeIfAbsent(key.group(1), k -> new ArrayList<>()).addAll(values);
            }
        });
        return answers;
    }
}
