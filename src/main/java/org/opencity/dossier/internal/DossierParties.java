package org.opencity.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.StaffManagement;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.springframework.stereotype.Component;

/**
 * The people and units a dossier involves: its applicant, the one-stop desk of a ward, the units an officer works
 * for and their colleagues there, and the names a dossier shows for them.
 */
@Component
public class DossierParties {

    private final AccountManagement accounts;
    private final Units units;
    private final StaffManagement staff;

    DossierParties(AccountManagement accounts, Units units, StaffManagement staff) {
        this.accounts = accounts;
        this.units = units;
        this.staff = staff;
    }

    Account account(AccountId id) {
        return accounts.account(id);
    }

    /** The display name of an account, e.g. the officer a dossier is assigned to. */
    String personName(UUID accountId) {
        return accounts.account(new AccountId(accountId)).displayName();
    }

    /** The ward's public-service centre, where its dossiers arrive. */
    Optional<Unit> deskOf(String wardCode) {
        return wardCode == null ? Optional.empty() : units.ofWard(wardCode, UnitKind.SERVICE_CENTRE);
    }

    public Unit unit(String code) {
        return units.byCode(code);
    }

    /** The unit's name in the reader's language; empty for a unit that no longer exists. */
    String unitName(UUID unitId, Locale locale) {
        return units.byId(new UnitId(unitId)).map(u -> u.name(locale)).orElse("");
    }

    /** The officer's own units, and for ward staff the ward's one-stop centre, where its dossiers arrive. */
    public List<UUID> unitsOf(Actor officer) {
        List<UUID> ids = new ArrayList<>();
        officer.assignments().forEach(a -> {
            if (a.unitId() != null) {
                ids.add(a.unitId().value());
            }
            if (a.wardCode() != null) {
                units.ofWard(a.wardCode(), UnitKind.SERVICE_CENTRE).ifPresent(u -> ids.add(u.id().value()));
            }
        });
        return ids.stream().distinct().toList();
    }

    /** Whether {@code colleague} is a member of the unit, as the officer may see its members. */
    public boolean isMember(Actor officer, UUID unitId, AccountId colleague) {
        return staff.membersOf(officer, new UnitId(unitId)).stream().anyMatch(a -> a.id().equals(colleague));
    }
}
