package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A step that the dossier's status does not allow (e.g. approving a dossier nobody has received).
 */
public class DossierStepNotAllowed extends LocalizedProblem {

    public DossierStepNotAllowed(DossierAction action, DossierStatus status) {
        super(HttpStatus.CONFLICT, "problem.dossier.step-not-allowed", action.name(), status.name());
    }
}
