package org.opencity.queue.web;

import java.util.UUID;
import org.opencity.identity.AccountId;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The resident behind a public request, when someone is signed in: their ticket remembers whom to tell. */
final class SignedIn {

    private SignedIn() {}

    static AccountId residentOrNull() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        try {
            return new AccountId(UUID.fromString(auth.getName()));
        } catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }
}
