package org.opencity.report.internal;

/**
 * Distances within the city, where the earth is flat enough: an equirectangular approximation, good to a metre
 * over the few hundred metres duplicates are looked for in.
 */
final class Distances {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private Distances() {}

    static long metres(double lat1, double lon1, double lat2, double lon2) {
        double meanLat = Math.toRadians((lat1 + lat2) / 2);
        double x = Math.toRadians(lon2 - lon1) * Math.cos(meanLat);
        double y = Math.toRadians(lat2 - lat1);
        return Math.round(Math.sqrt(x * x + y * y) * EARTH_RADIUS_METRES);
    }
}
