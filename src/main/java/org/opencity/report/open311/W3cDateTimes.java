package org.opencity.report.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.opencity.shared.WorkingCalendar;

/**
 * Date-times as the spec wants them (the W3C profile of ISO 8601, with an offset): written in Hanoi time,
 * e.g. {@code 2026-11-23T20:12:00+07:00}, read with any offset.
 */
final class W3cDateTimes {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private W3cDateTimes() {}

    static String format(Instant instant) {
        return instant == null
                ? null
                : WRITTEN.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(WorkingCalendar.VIETNAM));
    }

    /**
     * Reads a full date-time with offset (seconds and fractions optional) or a bare date, taken as midnight in
     * Hanoi. A '+' sent unencoded in a query string arrives as a space, so a space before the offset is read as '+'.
     */
    static Instant parse(String parameter, String value) {
        String text = value.strip().replace(' ', '+');
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .atStartOfDay(WorkingCalendar.VIETNAM)
                        .toInstant();
            }
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Error.badRequest(parameter + " must be a W3C date-time with an offset, e.g. "
                    + "2026-01-31T00:00:00+07:00 or 2026-01-30T17:00:00Z");
        }
    }
}
