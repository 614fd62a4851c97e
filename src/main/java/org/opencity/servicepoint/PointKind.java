package org.opencity.servicepoint;

/** What kind of place serves residents. */
public enum PointKind {
    /** A ward's or commune's public-service centre. */
    WARD_CENTRE,
    /** The city's public-service centre. */
    CITY_CENTRE,
    /** A mobile service vehicle that stands in a different commune each day. */
    VEHICLE
}
