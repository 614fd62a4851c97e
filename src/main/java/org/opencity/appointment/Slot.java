package org.opencity.appointment;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * A bookable stretch of time at a point for a procedure's line.
 *
 * @param id a stable id that can be booked as it is: point, line and start
 * @param capacity appointments the line's open counters take in it
 * @param available what is left; 0 when full or too soon to book
 * @param place where a vehicle stands then; null at a centre
 */
@RecordBuilder
public record Slot(
        String id,
        String pointCode,
        String lineCode,
        Instant start,
        Instant end,
        int capacity,
        int available,
        String place) {}
