package org.opencity.report;

import java.util.List;
import java.util.Locale;

/**
 * An extra question a category asks (an Open311 service attribute), e.g. the size of a pothole.
 *
 * @param datatype one of the Open311 datatypes: string, number, datetime, text, singlevaluelist, multivaluelist
 * @param choices the allowed answers of a list; empty otherwise
 */
public record CategoryAttribute(
        String code,
        String datatype,
        boolean required,
        String descriptionVi,
        String descriptionEn,
        int order,
        List<Choice> choices) {

    public CategoryAttribute {
        choices = List.copyOf(choices);
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionVi;
    }

    public boolean isList() {
        return datatype.endsWith("valuelist");
    }

    /** One allowed answer of a list. */
    public record Choice(String key, String nameVi, String nameEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }
}
