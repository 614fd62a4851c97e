package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * Submission before the fee is paid or an exemption claimed.
 */
class FeeNotSettled extends LocalizedProblem {

    FeeNotSettled(long feeVnd) {
        super(HttpStatus.PAYMENT_REQUIRED, "problem.dossier.fee-not-settled", feeVnd);
    }
}
