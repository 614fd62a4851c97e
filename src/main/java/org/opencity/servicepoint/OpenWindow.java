package org.opencity.servicepoint;

import java.time.ZonedDateTime;

/**
 * A stretch of one day when a point is open, in the city's time zone.
 *
 * @param place where a vehicle stands in it; null at a centre
 * @param wardCode the ward a vehicle serves in it; the centre's own ward otherwise
 */
public record OpenWindow(
        ZonedDateTime opens, ZonedDateTime closes, String wardCode, String place, Double lat, Double lon) {}
