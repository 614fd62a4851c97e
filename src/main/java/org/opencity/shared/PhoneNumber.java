package org.opencity.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile or landline number, kept in E.164 form (+84…).
 * Accepts what people write: "0912 345 678", "0912.345.678", "+84 912345678", "84912345678".
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164_VN = Pattern.compile("\\+84[1-9]\\d{8,9}");

    public PhoneNumber {
        if (e164 == null || !E164_VN.matcher(e164).matches()) {
            throw new IllegalArgumentException("not a Vietnamese phone number in E.164 form: " + e164);
        }
    }

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0084")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return Optional.empty();
        }
        String candidate = "+84" + digits;
        return E164_VN.matcher(candidate).matches() ? Optional.of(new PhoneNumber(candidate)) : Optional.empty();
    }

    /** The number as residents read it, e.g. 0912 345 678. */
    public String national() {
        return "0" + e164.substring(3);
    }

    /** Only the last digits, for places where the number must not be shown in full. */
    public String masked() {
        String national = national();
        return "*".repeat(national.length() - 3) + national.substring(national.length() - 3);
    }
}
