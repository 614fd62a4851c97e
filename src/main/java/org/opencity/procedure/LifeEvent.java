package org.opencity.procedure;

import java.util.Locale;

/** A moment in a resident's life that brings procedures with it, e.g. having a baby. */
public record LifeEvent(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
