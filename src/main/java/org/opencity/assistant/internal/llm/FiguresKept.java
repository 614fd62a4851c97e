package org.opencity.assistant.internal.llm;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard on a rewording: every figure in it (an amount, a number of days, a code) must be a figure of the facts
 * it rewords. A model that invents a fee or a deadline is caught here, whatever it was asked.
 */
final class FiguresKept {

    private static final Pattern FIGURE = Pattern.compile("\\d(?:[\\d.,]*\\d)?");

    private FiguresKept() {}

    static boolean in(String rewording, String facts) {
        Set<String> known = figures(facts);
        return known.containsAll(figures(rewording));
    }

    /** Figures as plain digits, so “8.000”, “8,000” and “8000” are one figure. */
    private static Set<String> figures(String text) {
        Set<String> figures = new HashSet<>();
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            String digits = figure.group().replaceAll("[.,]", "").replaceFirst("^0+(?=\\d)", "");
            figures.add(digits);
        }
        return figures;
    }
}
