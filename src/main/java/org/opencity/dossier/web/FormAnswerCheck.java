package org.opencity.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencity.platform.FormErrors;
import org.opencity.procedure.FormField;
import org.opencity.procedure.FormFieldType;
import org.opencity.procedure.Procedure;
import org.springframework.stereotype.Component;

/**
 * The form step's answers, field by field, before anything is saved: each required field filled, a date a real
 * date, a number a number, a choice one of the options. Every problem goes to the field it is about, in the reader's
 * language, so the page can list them all at the top and show each beside its field.
 */
@Component
class FormAnswerCheck {

    /** As long as the module keeps a value; the page says so before the module would refuse it. */
    static final int MAX_VALUE = 2000;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    // A browser without a date picker lets people type the day as they write it.
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final PageOutcomes outcomes;

    FormAnswerCheck(PageOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** The id of a field's input, which the error summary links to. */
    static String fieldId(FormField field) {
        return "field-" + field.name();
    }

    /**
     * Checks the procedure's fields among {@code typed}; problems are added to {@code errors}.
     *
     * @return the answers as they will be kept: trimmed, dates as yyyy-MM-dd, empty ones left out
     */
    Map<String, String> check(Procedure procedure, Map<String, String> typed, FormErrors errors, Locale locale) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField field : procedure.formFields()) {
            String value = trim(typed.get(field.name()));
            String problem = value == null ? missing(field) : problem(field, value);
            if (problem != null) {
                errors.add(fieldId(field), outcomes.message(problem, locale, field.label(locale), MAX_VALUE));
            } else if (value != null) {
                answers.put(
                        field.name(),
                        field.type() == FormFieldType.DATE ? date(value).toString() : value);
            }
        }
        return answers;
    }

    private static String missing(FormField field) {
        if (!field.required()) {
            return null;
        }
        return field.type() == FormFieldType.SELECT ? "dossier.guided.error.choose" : "dossier.guided.error.required";
    }

    /** The message key of what is wrong with a value given, or null. */
    private static String problem(FormField field, String value) {
        if (value.length() > MAX_VALUE) {
            return "dossier.guided.error.too-long";
        }
        return switch (field.type()) {
            case DATE -> date(value) == null ? "dossier.guided.error.date" : null;
            case NUMBER -> NUMBER.matcher(value).matches() ? null : "dossier.guided.error.number";
            case SELECT -> field.options().contains(value) ? null : "dossier.guided.error.option";
            case TEXT -> null;
        };
    }

    /** A date picker's yyyy-MM-dd, or a typed d/M/yyyy; null when it is not a real day. */
    private static LocalDate date(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
