package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Locale;

/** One thing a poll asks voters to judge (governance, transport...); a poll with one question has one criterion. */
@RecordBuilder
public record Criterion(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return Localized.pick(locale, nameVi, nameEn);
    }
}
