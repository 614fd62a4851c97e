package org.opencity.hotline.internal.call;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;
import org.opencity.shared.WorkingCalendar;

/**
 * A receipt code keyed on a phone: a keypad has no letters, so the caller keys the digits of "HS-2026-000123" —
 * the year and the six-digit number (2026000123), or only the number for a dossier of this year.
 */
final class KeyedCode {

    private KeyedCode() {}

    static Optional<String> of(String digits, Clock clock) {
        String keyed = digits == null ? "" : digits.replaceAll("[^0-9]", "");
        if (keyed.length() == 10) {
            return Optional.of("HS-" + keyed.substring(0, 4) + "-" + keyed.substring(4));
        }
        if (!keyed.isEmpty() && keyed.length() <= 6) {
            int year = Year.now(clock.withZone(WorkingCalendar.VIETNAM)).getValue();
            return Optional.of("HS-%d-%06d".formatted(year, Integer.parseInt(keyed)));
        }
        return Optional.empty();
    }
}
