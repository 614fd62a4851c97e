package org.opencity.identity;

import java.util.Optional;
import org.opencity.identity.internal.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link Actor} of a request from the database, so a revoked role stops working at once,
 * whatever token or session the person still holds.
 */
@Service
public class Actors {

    private final AccountRepository accounts;

    Actors(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<Actor> actor(AccountId id) {
        return accounts.find(id).map(account -> new Actor(id, account.displayName(), accounts.assignments(id)));
    }

    /** Finds an account by what its holder signs in with: an email or a phone number in any common form. */
    @Transactional(readOnly = true)
    public Optional<AccountId> byLogin(String login) {
        return Logins.normalise(login).flatMap(accounts::credentials).map(AccountRepository.Credentials::id);
    }
}
