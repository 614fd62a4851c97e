package org.opencity.identity;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer finds a resident by phone or email, for the citizen ID check. Only officers of the resident's own
 * ward (committee or public-service centre) and city-wide roles may see the account; every look-up is audited,
 * the refused ones too.
 */
@Service
public class ResidentLookup {

    private static final Set<Role> WARD_STAFF = Set.of(Role.WARD_OFFICER, Role.CENTRE_CLERK);

    private final Actors actors;
    private final AccountManagement accounts;
    private final AuditTrail audit;

    ResidentLookup(Actors actors, AccountManagement accounts, AuditTrail audit) {
        this.actors = actors;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The resident signing in with this login, if the officer serves their ward.
     *
     * @throws AccountNotFound no account signs in with it
     * @throws NotAllowed the account belongs to a ward the officer does not serve (audited as a refusal)
     */
    @Transactional
    public Account find(Actor officer, String login) {
        if (!officer.isOfficer()) {
            throw new NotAllowed();
        }
        AccountId id = actors.byLogin(login).orElseThrow(() -> new AccountNotFound(null));
        Account resident = accounts.account(id);
        if (!officer.canActForWard(resident.homeWardCode(), WARD_STAFF)) {
            throw new NotAllowed("account", id.toString());
        }
        UnitId unit = officer.assignments().stream()
                .filter(a ->
                        WARD_STAFF.contains(a.role()) && resident.homeWardCode().equals(a.wardCode()))
                .map(RoleAssignment::unitId)
                .findFirst()
                .orElse(null);
        audit.record(
                officer,
                IdentityAuditAction.ACCOUNT_READ,
                "account",
                id.toString(),
                unit,
                Map.of("purpose", "identity-check"));
        return resident;
    }
}
