package org.opencity.dossier.internal;

import java.util.EnumSet;
import org.opencity.dossier.DossierStatus;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Role;
import org.opencity.identity.UnitId;

/**
 * Who may see and act on a dossier: its applicant; the officers of the unit handling it; the ward's one-stop clerks
 * and officers; city-wide operators. Everyone else is told it does not exist.
 */
final class DossierAccess {

    private static final EnumSet<Role> WARD_STAFF = EnumSet.of(Role.CENTRE_CLERK, Role.WARD_OFFICER);

    private DossierAccess() {}

    static DossierRecord ownedBy(AccountId applicant, DossierRecord dossier) {
        if (applicant == null || !dossier.applicantId().equals(applicant.value())) {
            throw new DossierNotFound(dossier.code());
        }
        return dossier;
    }

    static boolean officerMay(Actor officer, DossierRecord dossier) {
        return officer != null
                && officer.isOfficer()
                && (officer.canActForUnit(new UnitId(dossier.unitId()))
                        || officer.canActForWard(dossier.wardCode(), WARD_STAFF));
    }

    static DossierRecord handledBy(Actor officer, DossierRecord dossier) {
        if (!officerMay(officer, dossier) || dossier.status() == DossierStatus.DRAFT) {
            throw new DossierNotFound(dossier.code());
        }
        return dossier;
    }
}
