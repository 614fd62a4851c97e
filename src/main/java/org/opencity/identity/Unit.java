package org.opencity.identity;

import java.util.Locale;

/**
 * A city department, a ward's People's Committee or a public-service centre.
 *
 * @param wardCode the ward a committee or centre serves; null for city departments
 */
public record Unit(UnitId id, String code, String nameVi, String nameEn, UnitKind kind, String wardCode) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
