package org.opencity.procedure.web;

import java.util.Locale;
import org.opencity.procedure.FormField;
import org.opencity.procedure.Procedure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A blank declaration (tờ khai) for a procedure, made from its form fields: a plain-text form to print and fill
 * in by hand. Always in Vietnamese, the language the office works in.
 */
@Component
class DeclarationTemplate {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BLANK = " ..................................................";

    private final MessageSource messages;

    DeclarationTemplate(MessageSource messages) {
        this.messages = messages;
    }

    String render(Procedure procedure) {
        StringBuilder text = new StringBuilder();
        text.append(message("procedure.template.nation"))
                .append('\n')
                .append(message("procedure.template.motto"))
                .append("\n\n")
                .append(message("procedure.template.title"))
                .append('\n')
                .append(procedure.nameVi().toUpperCase(VIETNAMESE))
                .append("\n\n")
                .append(message("procedure.template.to"))
                .append(' ')
                .append(procedure.implementingUnit())
                .append("\n\n")
                .append(message("procedure.template.applicant"))
                .append(BLANK)
                .append('\n')
                .append(message("procedure.template.identity-number"))
                .append(BLANK)
                .append('\n');
        for (FormField field : procedure.formFields()) {
            text.append(field.labelVi());
            if (!field.options().isEmpty()) {
                text.append(" (").append(String.join(" / ", field.options())).append(')');
            }
            text.append(':').append(BLANK).append('\n');
        }
        text.append('\n')
                .append(message("procedure.template.pledge"))
                .append("\n\n")
                .append(message("procedure.template.signature"))
                .append('\n');
        return text.toString();
    }

    private String message(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }
}
