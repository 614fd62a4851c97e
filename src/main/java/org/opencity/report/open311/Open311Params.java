package org.opencity.report.open311;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of a call, read the way the spec asks: a parameter passed empty is the same as one not
 * passed, lists may be comma-separated or repeated, and a bad value is the client's mistake (400), never ours.
 */
final class Open311Params {

    private final MultiValueMap<String, String> values;

    Open311Params(MultiValueMap<String, String> values) {
        this.values = values;
    }

    /** Answers to service attributes: {@code attribute[CODE]=v}, or {@code attribute[CODE][]=v} repeated for lists. */
    java.util.Map<String, List<String>> attributes() {
        return org.opencity.report.internal.AttributeParameters.from(values);
    }

    /** The first value, stripped; null when absent or blank. */
    String text(String name) {
        List<String> all = values.get(name);
        if (all == null) {
            return null;
        }
        return all.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .findFirst()
                .orElse(null);
    }

    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw Open311Error.badRequest(name + " is required");
        }
        return value;
    }

    /** Every value of a list parameter ({@code a,b} or {@code x=a&x=b}), without blanks or repeats. */
    Set<String> list(String name) {
        Set<String> items = new LinkedHashSet<>();
        List<String> all = values.get(name);
        if (all != null) {
            all.stream()
                    .filter(v -> v != null)
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .forEach(items::add);
        }
        return items;
    }

    Double decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest(name + " must be a decimal number (WGS84 degrees)");
        }
    }

    Instant dateTime(String name) {
        String value = text(name);
        return value == null ? null : W3cDateTimes.parse(name, value);
    }
}
