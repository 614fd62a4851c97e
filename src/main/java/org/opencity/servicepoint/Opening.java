package org.opencity.servicepoint;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A window when a point is open on a weekday. A vehicle's window also says where it stands.
 *
 * @param wardCode the ward a vehicle serves in this window; null for a centre
 * @param place where the vehicle stands; null for a centre
 */
@RecordBuilder
public record Opening(
        long id,
        DayOfWeek weekday,
        LocalTime opens,
        LocalTime closes,
        String wardCode,
        String wardName,
        String place,
        Double lat,
        Double lon) {}
