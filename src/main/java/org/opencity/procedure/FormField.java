package org.opencity.procedure;

import java.util.List;
import java.util.Locale;

/**
 * One value a resident fills in when applying, e.g. the child's date of birth.
 *
 * @param options the choices of a {@link FormFieldType#SELECT} field, empty otherwise
 */
public record FormField(
        String name, String labelVi, String labelEn, FormFieldType type, boolean required, List<String> options) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        labelEn = labelEn == null || labelEn.isBlank() ? labelVi : labelEn;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }
}
