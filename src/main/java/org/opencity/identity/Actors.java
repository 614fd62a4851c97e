package org.opencity.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.internal.AccountRepository;
import org.opencity.identity.internal.ActorCache;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the {@link Actor} of a request from the database, so a revoked role stops working whatever token or
 * session the person still holds: at once on the node that revoked it, within seconds on the others.
 */
@Service
public class Actors {

    private final AccountRepository accounts;
    private final ActorCache cache;
    private final TransactionTemplate readOnly;

    Actors(AccountRepository accounts, ActorCache cache, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.cache = cache;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The account and its roles now (at most a few seconds old when changed on another node: {@link ActorCache}). */
    public Optional<Actor> actor(AccountId id) {
        return cache.get(
                id,
                () -> readOnly.execute(status -> accounts.find(id)
                        .map(account -> new Actor(
                                id,
                                account.displayName(),
                                accounts.assignments(id),
                                new Actor.Standing(
                                        account.identityLevel(), account.homeWardCode(), account.createdAt())))));
    }

    /** Everyone who holds the role (in any unit): whom to tell about the city's own reports, for instance. */
    public List<AccountId> holdersOf(Role role) {
        return readOnly.execute(status -> accounts.holdersOf(role));
    }

    /**
     * The person signed in on this request, or empty: no one, an anonymous visitor, or a system client (whose name
     * is not an account id). For pages that show a courtesy (a count, a card) to whoever is there, refusing no one.
     */
    public Optional<Actor> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        try {
            return actor(new AccountId(UUID.fromString(auth.getName())));
        } catch (IllegalArgumentException notAPerson) {
            return Optional.empty();
        }
    }

    /** Finds an account by what its holder signs in with: an email or a phone number in any common form. */
    @Transactional(readOnly = true)
    public Optional<AccountId> byLogin(String login) {
        return Logins.normalise(login).flatMap(accounts::credentials).map(AccountRepository.Credentials::id);
    }
}
