package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Locale;

/** What voters choose among: a province, a ward, a project, a free option. The picture is a public link or null. */
@RecordBuilder
public record Candidate(
        String code, String nameVi, String nameEn, String descriptionVi, String descriptionEn, String pictureUrl) {

    public String name(Locale locale) {
        return Localized.pick(locale, nameVi, nameEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionVi, descriptionEn);
    }
}
