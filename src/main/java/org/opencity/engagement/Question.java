package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Locale;

/** A survey question; a choice question's answer is the index of one of its options. */
@RecordBuilder
public record Question(
        String code,
        QuestionKind kind,
        String textVi,
        String textEn,
        List<String> optionsVi,
        List<String> optionsEn,
        boolean required) {

    public Question {
        optionsVi = optionsVi == null ? List.of() : List.copyOf(optionsVi);
        optionsEn = optionsEn == null ? List.of() : List.copyOf(optionsEn);
    }

    public String text(Locale locale) {
        return Localized.pick(locale, textVi, textEn);
    }

    public List<String> options(Locale locale) {
        return "en".equals(locale.getLanguage()) ? optionsEn : optionsVi;
    }
}
