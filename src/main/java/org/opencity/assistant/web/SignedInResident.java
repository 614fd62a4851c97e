package org.opencity.assistant.web;

import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The resident behind a request to a page or endpoint anonymous visitors may use too. Only a person with the resident
 * role counts: a token without the {@code api} scope carries no role and so asks anonymously, and a system client
 * (client credentials) is no resident.
 */
final class SignedInResident {

    private SignedInResident() {}

    static Optional<AccountId> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        boolean resident = auth.getAuthorities().stream()
                .anyMatch(a -> Role.RESIDENT.authority().equals(a.getAuthority()));
        if (!resident) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AccountId(UUID.fromString(auth.getName())));
        } catch (IllegalArgumentException notAPerson) {
            return Optional.empty();
        }
    }

    static AccountId orNull() {
        return current().orElse(null);
    }
}
