package org.opencity.hotline.internal.call;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A caller's number as the provider gives it ("+84912345678"), kept only when it is a phone number one can call back
 * or text: withheld numbers ("anonymous", "+266696687"), SIP and client identities are not.
 */
final class CallerNumber {

    private static final Pattern E164 = Pattern.compile("\\+?[1-9]\\d{7,14}");
    private static final Pattern NATIONAL = Pattern.compile("0\\d{8,10}");
    /** Twilio's stand-ins for a withheld number. */
    private static final java.util.Set<String> WITHHELD = java.util.Set.of("+266696687", "+7378742833", "+2562533");

    private CallerNumber() {}

    static Optional<String> of(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String number = given.strip().replaceAll("[\\s.()-]", "");
        if (WITHHELD.contains(number)) {
            return Optional.empty();
        }
        if (E164.matcher(number).matches() || NATIONAL.matcher(number).matches()) {
            return Optional.of(number);
        }
        return Optional.empty();
    }
}
