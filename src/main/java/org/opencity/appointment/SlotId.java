package org.opencity.appointment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.opencity.platform.InvalidRequest;
import org.opencity.shared.WorkingCalendar;

/**
 * A slot's id: point, line and local start time, e.g. {@code TTPVHCC-00070_A_202612010800}. It names the slot by what
 * it is, so a client can book an id it received without the platform keeping ids.
 */
public record SlotId(String pointCode, String lineCode, Instant start) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    public static SlotId parse(String id) {
        String[] parts = id == null ? new String[0] : id.split("_");
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].length() != 12) {
            throw new InvalidRequest("problem.appointment.slot-id");
        }
        try {
            Instant start = LocalDateTime.parse(parts[2], LOCAL)
                    .atZone(WorkingCalendar.VIETNAM)
                    .toInstant();
            return new SlotId(parts[0], parts[1], start);
        } catch (DateTimeParseException malformed) {
            throw new InvalidRequest("problem.appointment.slot-id");
        }
    }

    @Override
    public String toString() {
        return pointCode + "_" + lineCode + "_" + LOCAL.format(start.atZone(WorkingCalendar.VIETNAM));
    }
}
