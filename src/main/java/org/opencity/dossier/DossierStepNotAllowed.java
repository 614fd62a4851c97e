package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A step that the dossier's status does not allow (e.g. approving a dossier nobody has received).
 */
class DossierStepNotAllowed extends LocalizedProblem {

    /** The step and the status are named in the reader's language, not as constants (resolved with the message). */
    DossierStepNotAllowed(DossierAction action, DossierStatus status) {
        super(
                HttpStatus.CONFLICT,
                "problem.dossier.step-not-allowed",
                new DefaultMessageSourceResolvable(new String[] {"dossier.action." + action.name()}, action.name()),
                new DefaultMessageSourceResolvable(new String[] {"dossier.status." + status.name()}, status.name()));
    }
}
