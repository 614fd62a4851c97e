package org.opencity.identity;

/**
 * A role held by an officer, in a unit (null for city-wide roles).
 */
public record RoleAssignment(Role role, UnitId unitId, String unitCode, String wardCode) {}
