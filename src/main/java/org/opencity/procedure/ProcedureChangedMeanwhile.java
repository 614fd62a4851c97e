package org.opencity.procedure;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** Someone saved the procedure after the version the editor started from. */
public class ProcedureChangedMeanwhile extends LocalizedProblem {

    public ProcedureChangedMeanwhile() {
        super(HttpStatus.CONFLICT, "problem.procedure.changed-meanwhile");
    }
}
