package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * The procedure needs a verified identity (level 2) the applicant does not have yet.
 */
class IdentityLevelTooLow extends LocalizedProblem {

    IdentityLevelTooLow(int required) {
        super(HttpStatus.FORBIDDEN, "problem.dossier.identity-level", required);
    }
}
