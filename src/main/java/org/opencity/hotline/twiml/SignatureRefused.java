package org.opencity.hotline.twiml;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** A webhook request without the provider's valid signature: refused, audited, and nothing changes. */
class SignatureRefused extends LocalizedProblem {

    SignatureRefused() {
        super(HttpStatus.FORBIDDEN, "problem.hotline.signature");
    }
}
