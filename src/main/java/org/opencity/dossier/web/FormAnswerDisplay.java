package org.opencity.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.opencity.procedure.FormField;
import org.opencity.procedure.FormFieldType;
import org.springframework.stereotype.Component;

/**
 * A form answer as the resident reads it back (check page, dossier page): a date as dd/MM/yyyy, as they typed it,
 * not as it is kept; nothing given as a dash. Templates call it as {@code @formAnswers} inside {@code th:with}; SpEL
 * finds public methods only.
 */
@Component("formAnswers")
class FormAnswerDisplay {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String shown(FormField field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        if (field.type() != FormFieldType.DATE) {
            return value;
        }
        try {
            return LocalDate.parse(value).format(DAY_MONTH_YEAR);
        } catch (DateTimeParseException keptAsTyped) {
            return value;
        }
    }
}
