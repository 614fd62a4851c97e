package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * Submission before the fee is paid or an exemption claimed.
 */
public class FeeNotSettled extends LocalizedProblem {

    public FeeNotSettled(long feeVnd) {
        super(HttpStatus.PAYMENT_REQUIRED, "problem.dossier.fee-not-settled", feeVnd);
    }
}
