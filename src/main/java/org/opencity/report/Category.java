package org.opencity.report;

import java.util.Locale;

/**
 * A kind of problem (Open311: a service), with its deadline in office hours and, when it is a city
 * department's business rather than the ward's, that department.
 */
public record Category(
        String code,
        String nameVi,
        String nameEn,
        String descriptionVi,
        String descriptionEn,
        String keywords,
        int slaWorkingHours,
        String departmentUnitCode,
        int sortOrder,
        boolean active) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionVi;
    }
}
