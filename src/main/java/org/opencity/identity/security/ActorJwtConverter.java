package org.opencity.identity.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.Role;
import org.opencity.identity.internal.IdentityProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token into an authentication whose name is the account id and whose roles are read from
 * the database now, not from the token: a revoked role stops working before the token expires.
 * The person's roles come with the token only when it was granted the {@link ApiScope#API api} scope: a token
 * granted for sign-in alone ({@code openid}, {@code profile}) opens nothing that needs a role. Tokens of agency
 * systems (client credentials) carry only their scopes.
 */
@Component
public class ActorJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Actors actors;
    private final IdentityProperties properties;

    ActorJwtConverter(Actors actors, IdentityProperties properties) {
        this.actors = actors;
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Optional<Actor> actor = accountOf(jwt).flatMap(actors::actor);
        String name = actor.map(a -> a.id().toString()).orElse("client:" + jwt.getSubject());
        return new JwtAuthenticationToken(jwt, authorities(jwt, actor), name);
    }

    /** The authorities a token grants; public so that tests can build the same ones. */
    public Collection<GrantedAuthority> authorities(Jwt jwt) {
        return authorities(jwt, accountOf(jwt).flatMap(actors::actor));
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt, Optional<Actor> actor) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Set<String> scopes = ApiScope.grantedBy(jwt);
        scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        if (scopes.contains(ApiScope.API.value())) {
            actor.ifPresent(a -> {
                authorities.add(new SimpleGrantedAuthority(Role.RESIDENT.authority()));
                a.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            });
        }
        return authorities;
    }

    private Optional<AccountId> accountOf(Jwt jwt) {
        if (properties.usesExternalIssuer()) {
            String login = jwt.getClaimAsString(properties.externalUsernameClaim());
            return login == null ? Optional.empty() : actors.byLogin(login);
        }
        try {
            return Optional.of(new AccountId(UUID.fromString(jwt.getSubject())));
        } catch (IllegalArgumentException | NullPointerException clientNotAccount) {
            return Optional.empty();
        }
    }
}
