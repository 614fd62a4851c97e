package org.opencity.servicepoint;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A counter (quầy) at a point.
 *
 * @param lineCodes the lines it serves, the first being its own
 * @param appointmentsPerSlot how many booked appointments it takes in each slot (the rest of its time is for walk-ins)
 * @param active an inactive counter is neither booked nor called from
 */
@RecordBuilder
public record Counter(long id, int number, List<String> lineCodes, int appointmentsPerSlot, boolean active) {

    public Counter {
        lineCodes = List.copyOf(lineCodes);
    }

    public boolean serves(String lineCode) {
        return active && lineCodes.contains(lineCode);
    }
}
