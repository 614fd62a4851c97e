package org.opencity.engagement;

import java.util.Locale;

/** Vietnamese by default, English when the reader reads English and the text exists in English. */
final class Localized {

    private Localized() {}

    static String pick(Locale locale, String vietnamese, String english) {
        boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
        return wantsEnglish && english != null && !english.isBlank() ? english : vietnamese;
    }
}
