package org.opencity.assistant.internal.faq;

import java.util.List;

/** Codes for new FAQ entries: the next number after the highest, as FAQ-NNN (the table's check). */
public final class FaqCodes {

    private FaqCodes() {}

    public static String next(List<FaqEntry> existing) {
        int highest = existing.stream()
                .map(FaqEntry::code)
                .filter(code -> code.matches("FAQ-\\d{3}"))
                .mapToInt(code -> Integer.parseInt(code.substring(4)))
                .max()
                .orElse(0);
        if (highest >= 999) {
            throw new org.opencity.platform.InvalidRequest("assistant.faq.problem.full");
        }
        return "FAQ-%03d".formatted(highest + 1);
    }
}
