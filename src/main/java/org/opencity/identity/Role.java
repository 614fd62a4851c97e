package org.opencity.identity;

/**
 * What a person may do. Every account is a resident; officer roles are held in a unit, city-wide roles
 * in no unit.
 */
public enum Role {
    RESIDENT,
    WARD_OFFICER,
    DEPARTMENT_OFFICER,
    CENTRE_CLERK,
    CITY_OPERATOR,
    ADMINISTRATOR;

    public boolean cityWide() {
        return this == CITY_OPERATOR || this == ADMINISTRATOR;
    }

    public boolean heldInUnit() {
        return this == WARD_OFFICER || this == DEPARTMENT_OFFICER || this == CENTRE_CLERK;
    }

    /** The unit kind an officer of this role belongs to. */
    public UnitKind unitKind() {
        return switch (this) {
            case WARD_OFFICER -> UnitKind.WARD_COMMITTEE;
            case DEPARTMENT_OFFICER -> UnitKind.CITY_DEPARTMENT;
            case CENTRE_CLERK -> UnitKind.SERVICE_CENTRE;
            default -> null;
        };
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
