package org.opencity.hotline.internal.console;

import org.opencity.identity.Actor;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;

/** Who works the hotline: the city's operators and administrators, whatever path their request came by. */
final class HotlineOfficers {

    private HotlineOfficers() {}

    static void require(Actor actor, String recordType, Object recordId) {
        if (actor == null || !(actor.hasRole(Role.CITY_OPERATOR) || actor.hasRole(Role.ADMINISTRATOR))) {
            throw new NotAllowed(recordType, recordId == null ? null : recordId.toString());
        }
    }

    static void require(Actor actor) {
        require(actor, null, null);
    }
}
