package org.opencity.identity;

public enum UnitKind {
    CITY_DEPARTMENT,
    WARD_COMMITTEE,
    SERVICE_CENTRE
}
