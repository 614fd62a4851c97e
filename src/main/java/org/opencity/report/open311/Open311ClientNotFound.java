package org.opencity.report.open311;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No active key is held under that client name. */
class Open311ClientNotFound extends LocalizedProblem {

    Open311ClientNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.detail.404");
    }
}
