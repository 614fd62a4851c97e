package org.opencity.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person behind a request, with roles as they are now in the database.
 * Authorisation is by role and unit: an officer acts only for the units (and so the wards) they belong to.
 */
public record Actor(AccountId id, String displayName, List<RoleAssignment> assignments) {

    public Actor {
        assignments = List.copyOf(assignments);
    }

    public boolean hasRole(Role role) {
        return role == Role.RESIDENT || assignments.stream().anyMatch(a -> a.role() == role);
    }

    public boolean isCityWide() {
        return assignments.stream().anyMatch(a -> a.role().cityWide());
    }

    public boolean isOfficer() {
        return !assignments.isEmpty();
    }

    /** True for city-wide roles and for officers who belong to the unit. */
    public boolean canActForUnit(UnitId unit) {
        return isCityWide() || assignments.stream().anyMatch(a -> unit.equals(a.unitId()));
    }

    /** True for city-wide roles and for officers of the ward's committee or centre, in one of the given roles. */
    public boolean canActForWard(String wardCode, Set<Role> roles) {
        return isCityWide()
                || assignments.stream()
                        .anyMatch(a -> roles.contains(a.role()) && wardCode != null && wardCode.equals(a.wardCode()));
    }

    public Set<Role> roles() {
        return assignments.stream().map(RoleAssignment::role).collect(Collectors.toSet());
    }
}
