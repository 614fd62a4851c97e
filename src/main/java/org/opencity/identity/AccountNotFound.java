package org.opencity.identity;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class AccountNotFound extends LocalizedProblem {

    public AccountNotFound(AccountId id) {
        super(HttpStatus.NOT_FOUND, "problem.account.not-found", id);
    }
}
