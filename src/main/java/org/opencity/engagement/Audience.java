package org.opencity.engagement;

/** Who may take part, on top of the poll's minimum identity level. */
public enum Audience {
    /** Everyone with an account. */
    EVERYONE,
    /** People whose home ward is one of the city's wards. */
    CITY_RESIDENTS,
    /** People whose home ward is the poll's ward. */
    WARD_RESIDENTS
}
