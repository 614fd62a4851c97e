package org.opencity.identity;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class LoginAlreadyTaken extends LocalizedProblem {

    public LoginAlreadyTaken() {
        super(HttpStatus.CONFLICT, "problem.account.login-taken");
    }
}
