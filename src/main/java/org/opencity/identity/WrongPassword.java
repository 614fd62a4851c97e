package org.opencity.identity;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class WrongPassword extends LocalizedProblem {

    public WrongPassword() {
        super(HttpStatus.BAD_REQUEST, "problem.account.wrong-password");
    }
}
