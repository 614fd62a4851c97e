package org.opencity.dossier.web;

import java.util.List;
import java.util.UUID;
import org.opencity.identity.Account;
import org.opencity.identity.Actor;
import org.opencity.identity.StaffManagement;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.platform.LocalizedProblem;
import org.springframework.stereotype.Component;

/**
 * The choices the officer's dossier page offers: whom to assign it to, where to forward it or ask an opinion.
 */
@Component
class DeskChoices {

    private final StaffManagement staff;
    private final Units units;

    DeskChoices(StaffManagement staff, Units units) {
        this.staff = staff;
        this.units = units;
    }

    /** The members of the handling unit; none when the officer may not act for that unit (a ward officer at the centre). */
    List<Account> colleagues(Actor officer, UUID unitId) {
        try {
            return staff.membersOf(officer, new UnitId(unitId));
        } catch (LocalizedProblem notTheirUnit) {
            return List.of();
        }
    }

    List<Unit> departments() {
        return units.list(UnitKind.CITY_DEPARTMENT, null);
    }
}
