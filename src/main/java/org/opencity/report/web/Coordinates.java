package org.opencity.report.web;

import java.util.Locale;

/**
 * A point as people read it on the report pages: always six decimals (about 10 cm) with a dot, in every language,
 * so what the form shows back is what the fields hold.
 */
final class Coordinates {

    private Coordinates() {}

    static String text(double lat, double lon) {
        return String.format(Locale.ROOT, "%.6f, %.6f", lat, lon);
    }

    /** A latitude or longitude as a form field shows it back, or null for an empty field. */
    static String field(Double degrees) {
        return degrees == null ? null : String.format(Locale.ROOT, "%.6f", degrees);
    }

    /** One report for the map script: number|lat|lon, as {@link MapPoints} writes a list. */
    static String mapPoint(String number, double lat, double lon) {
        return String.format(Locale.ROOT, "%s|%.6f|%.6f", number, lat, lon);
    }
}
