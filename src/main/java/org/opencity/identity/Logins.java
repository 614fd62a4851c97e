package org.opencity.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencity.shared.PhoneNumber;

/**
 * What people type to sign in, normalised: emails in lower case, phone numbers in E.164.
 */
public final class Logins {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private Logins() {}

    public static Optional<String> normalise(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String trimmed = login.trim();
        if (trimmed.contains("@")) {
            return email(trimmed);
        }
        return PhoneNumber.parse(trimmed).map(PhoneNumber::e164);
    }

    public static Optional<String> email(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String lower = email.trim().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(lower).matches() && lower.length() <= 254 ? Optional.of(lower) : Optional.empty();
    }
}
