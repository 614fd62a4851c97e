package org.opencity.insight.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** How the figures pages write numbers and the periods behind a row (used from the templates). */
public final class Figures {

    private static final String NONE = "–";

    private Figures() {}

    public static String count(Long value) {
        return value == null
                ? NONE
                : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(value);
    }

    /** A share (0–1) as a percentage with one decimal, or a dash when there was nothing to count. */
    public static String share(Double value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public static String decimal(Double value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }

    /**
     * A path with its query, skipping the parameters whose value is null or blank: {@code link("/operations", "ward",
     * code, "unit", null)}. Values are URL-encoded.
     */
    public static String link(String path, Object... namesAndValues) {
        StringBuilder link = new StringBuilder(path);
        char separator = path.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            link.append(separator)
                    .append(namesAndValues[i])
                    .append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }

    /** The first and last day of a row's period: a day ({@code 2026-11-05}) or a month ({@code 2026-11}). */
    public static LocalDate first(String key) {
        return key.length() == 7 ? YearMonth.parse(key).atDay(1) : LocalDate.parse(key);
    }

    public static LocalDate last(String key) {
        return key.length() == 7 ? YearMonth.parse(key).atEndOfMonth() : LocalDate.parse(key);
    }
}
