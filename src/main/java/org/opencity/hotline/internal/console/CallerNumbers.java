package org.opencity.hotline.internal.console;

/**
 * A caller's number as the pages show it to anyone who did not handle the call: "+84******678", enough to recognise a
 * repeat caller, not enough to ring them.
 */
public final class CallerNumbers {

    private CallerNumbers() {}

    /** Null for a withheld number. */
    public static String masked(String number) {
        if (number == null) {
            return null;
        }
        if (number.length() < 7) {
            return "***";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 6) + number.substring(number.length() - 3);
    }
}
