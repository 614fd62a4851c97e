package org.opencity.insight.internal;

import java.text.NumberFormat;
import java.util.Locale;

/** Shares and points written the Vietnamese way (comma decimals), for the report's PDF. */
final class Percentages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Percentages() {}

    static String percent(Double share) {
        if (share == null) {
            return "không có số liệu";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(share * 100) + " %";
    }

    static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
