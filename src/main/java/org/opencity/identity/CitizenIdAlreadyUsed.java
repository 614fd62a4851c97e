package org.opencity.identity;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class CitizenIdAlreadyUsed extends LocalizedProblem {

    public CitizenIdAlreadyUsed() {
        super(HttpStatus.CONFLICT, "problem.account.citizen-id-used");
    }
}
