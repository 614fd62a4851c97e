package org.opencity.procedure;

import java.util.Locale;

/** A field of administration (lĩnh vực), e.g. civil status. */
public record ProcedureField(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : nameVi;
    }
}
