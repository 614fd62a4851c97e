package org.opencity.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person behind a request, with roles as they are now in the database.
 * Authorisation is by role and unit: an officer acts only for the units (and so the wards) they belong to.
 */
public record Actor(AccountId id, String displayName, List<RoleAssignment> assignments, Standing standing) {

    public Actor {
        assignments = List.copyOf(assignments);
        standing = standing == null ? Standing.UNKNOWN : standing;
    }

    /** An actor whose account standing does not matter to the caller (a system actor, a test). */
    public Actor(AccountId id, String displayName, List<RoleAssignment> assignments) {
        this(id, displayName, assignments, Standing.UNKNOWN);
    }

    /**
     * What eligibility rules look at, read with the roles (so a vote costs no extra query): the identity level
     * (1 registered, 2 citizen ID checked), the home ward (null when not given) and when the account was made.
     */
    public record Standing(int identityLevel, String homeWardCode, java.time.Instant accountCreatedAt) {

        public static final Standing UNKNOWN = new Standing(0, null, null);
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
