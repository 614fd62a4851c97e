package org.opencity.engagement;

import org.opencity.geography.AdministrativeUnits;
import org.opencity.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Who may take part in a poll or survey: the identity level it asks for, and for a poll of the city's or a ward's
 * residents, the person's home ward. The reason for a refusal is said plainly, with what would make them eligible.
 */
@Component
public class Eligibility {

    private final AdministrativeUnits units;

    Eligibility(AdministrativeUnits units) {
        this.units = units;
    }

    /** @throws EngagementProblem 403 with the reason */
    public void check(Poll poll, Actor person) {
        Actor.Standing standing = person.standing();
        if (standing.identityLevel() < poll.minIdentityLevel()) {
            throw EngagementProblem.notEligible("problem.engagement.identity-level", poll.minIdentityLevel());
        }
        String home = standing.homeWardCode();
        switch (poll.audience()) {
            case EVERYONE -> {}
            case CITY_RESIDENTS -> {
                if (home == null) {
                    throw EngagementProblem.notEligible("problem.engagement.city-residents");
                }
            }
            case WARD_RESIDENTS -> {
                if (!poll.wardCode().equals(home)) {
                    String ward =
                            units.findWard(poll.wardCode()).map(w -> w.name()).orElse(poll.wardCode());
                    throw EngagementProblem.notEligible("problem.engagement.ward-residents", ward);
                }
            }
        }
    }

    /** Whether the person may take part, for pages that show the form or the reason. */
    public boolean allows(Poll poll, Actor person) {
        try {
            check(poll, person);
            return true;
        } catch (EngagementProblem refused) {
            return false;
        }
    }
}
