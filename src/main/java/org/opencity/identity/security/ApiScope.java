package org.opencity.identity.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * The OAuth2 scopes the platform's clients can be granted, and what each lets a token do. A scope limits what a
 * client may do; the person's roles, read from the database, limit what the person may do. A call needs both.
 */
public enum ApiScope {

    /** OpenID Connect sign-in: an ID token. On its own it opens nothing on the API. */
    OPENID("openid", "Sign in with OpenID Connect (an ID token); no API access on its own"),
    /** The person's name in the ID token and at /userinfo. */
    PROFILE("profile", "The person's name in the ID token and at /userinfo"),
    /** Act for the signed-in person on /api/v1, within what the person's roles allow. */
    API("api", "Act for the signed-in person on /api/v1, within what the person's roles allow"),
    /** Agency systems: read the operational metrics. */
    METRICS_READ("metrics.read", "Agency systems: read /actuator/metrics and /actuator/prometheus"),
    /** Agency systems: reserved for the data exchange module, which does not exist yet; it opens nothing today. */
    EXCHANGE_READ("exchange.read", "Agency systems: reserved for the data exchange; opens nothing yet");

    private final String value;
    private final String description;

    ApiScope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    /** The authority a token granted this scope carries ({@code SCOPE_api}). */
    public String authority() {
        return "SCOPE_" + value;
    }

    /** Scopes granted to a person by sign-in (authorization code); the rest are for agency systems. */
    public boolean forPeople() {
        return this == OPENID || this == PROFILE || this == API;
    }

    /**
     * The scopes a token was granted: the {@code scope} claim (the embedded server, Keycloak, Auth0) and the
     * {@code scp} claim (Microsoft Entra ID, Okta), each either a space-separated string or a list.
     */
    public static Set<String> grantedBy(Jwt jwt) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String claim : List.of("scope", "scp")) {
            Object value = jwt.getClaims().get(claim);
            if (value instanceof Collection<?> list) {
                list.forEach(scope -> scopes.add(String.valueOf(scope)));
            } else if (value instanceof String text) {
                for (String scope : text.trim().split("\\s+")) {
                    if (!scope.isEmpty()) {
                        scopes.add(scope);
                    }
                }
            }
        }
        return scopes;
    }

    /** True for a bearer-token authentication that was not granted this scope; sessions are not scoped. */
    public boolean missingFrom(Authentication authentication) {
        return authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token
                && token.getAuthorities().stream()
                        .noneMatch(granted -> authority().equals(granted.getAuthority()));
    }
}
