package org.opencity.identity;

import java.util.List;
import java.util.Map;
import org.opencity.identity.internal.AccountRepository;
import org.opencity.platform.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators give officers their roles in units and take them away; unit members see their colleagues.
 */
@Service
public class StaffManagement {

    private final AccountRepository accounts;
    private final AccountManagement accountManagement;
    private final Units units;
    private final AuditTrail audit;

    StaffManagement(AccountRepository accounts, AccountManagement accountManagement, Units units, AuditTrail audit) {
        this.accounts = accounts;
        this.accountManagement = accountManagement;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public Account createOfficer(Actor admin, Registration registration, Role role, String unitCode) {
        requireAdministrator(admin);
        Account officer = accountManagement.register(registration);
        grant(admin, officer.id(), role, unitCode);
        return officer;
    }

    @Transactional
    public void grant(Actor admin, AccountId accountId, Role role, String unitCode) {
        requireAdministrator(admin);
        accountManagement.account(accountId);
        Unit unit = unitFor(role, unitCode);
        UnitId unitId = unit == null ? null : unit.id();
        if (accounts.grant(accountId, role, unitId)) {
            audit.record(
                    admin,
                    IdentityAuditAction.ROLE_GRANTED,
                    "account",
                    accountId.toString(),
                    unitId,
                    Map.of("role", role.name(), "unit", unitCode == null ? "" : unitCode));
        }
    }

    @Transactional
    public void revoke(Actor admin, AccountId accountId, Role role, String unitCode) {
        requireAdministrator(admin);
        Unit unit = role.heldInUnit() ? units.byCode(unitCode) : null;
        UnitId unitId = unit == null ? null : unit.id();
        if (accounts.revoke(accountId, role, unitId)) {
            audit.record(
                    admin,
                    IdentityAuditAction.ROLE_REVOKED,
                    "account",
                    accountId.toString(),
                    unitId,
                    Map.of("role", role.name(), "unit", unitCode == null ? "" : unitCode));
        }
    }

    @Transactional(readOnly = true)
    public List<Account> membersOf(Actor viewer, UnitId unit) {
        if (!viewer.canActForUnit(unit)) {
            throw new NotAllowed();
        }
        return accounts.membersOf(unit);
    }

    @Transactional(readOnly = true)
    public List<RoleAssignment> rolesOf(Actor viewer, AccountId accountId) {
        requireAdministrator(viewer);
        return accounts.assignments(accountId);
    }

    private Unit unitFor(Role role, String unitCode) {
        if (role == Role.RESIDENT) {
            throw new InvalidRequest("problem.role.resident-implicit");
        }
        if (!role.heldInUnit()) {
            return null;
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidRequest("problem.role.unit-required");
        }
        Unit unit = units.byCode(unitCode.trim());
        if (unit.kind() != role.unitKind()) {
            throw new InvalidRequest("problem.role.unit-kind-mismatch");
        }
        return unit;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
    }
}
