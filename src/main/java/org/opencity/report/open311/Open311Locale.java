package org.opencity.report.open311;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language of names and descriptions: Vietnamese unless the client asks for English, by the {@code locale}
 * parameter some Open311 servers accept ({@code en}, {@code en_US}) or by Accept-Language.
 */
final class Open311Locale {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Open311Locale() {}

    static Locale of(String localeParameter) {
        Locale asked = localeParameter == null || localeParameter.isBlank()
                ? LocaleContextHolder.getLocale()
                : Locale.forLanguageTag(localeParameter.strip().replace('_', '-'));
        return "en".equals(asked.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
