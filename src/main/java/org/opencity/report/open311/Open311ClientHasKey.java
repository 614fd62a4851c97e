package org.opencity.report.open311;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** One active key per client, so that revoking a client's key by name is unambiguous. */
class Open311ClientHasKey extends LocalizedProblem {

    Open311ClientHasKey() {
        super(HttpStatus.CONFLICT, "problem.detail.conflict");
    }
}
