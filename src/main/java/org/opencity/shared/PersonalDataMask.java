package org.opencity.shared;

import java.util.regex.Pattern;

/**
 * Hides what identifies a person in free text a resident wrote, before an officer, an export or a public page shows
 * it: e-mail addresses, phone numbers (Vietnamese mobile and landline forms, with or without +84, spaces, dots or
 * dashes) and long digit runs such as citizen ID (12 digits) or old ID card (9 digits) numbers.
 */
public final class PersonalDataMask {

    public static final String MASK = "•••";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?84|0)(?:[\\s.-]?\\d){8,10}(?!\\d)");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<!\\d)\\d(?:[\\s.-]?\\d){8,}(?!\\d)");

    private PersonalDataMask() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll(MASK);
        masked = PHONE.matcher(masked).replaceAll(MASK);
        return LONG_NUMBER.matcher(masked).replaceAll(MASK);
    }
}
