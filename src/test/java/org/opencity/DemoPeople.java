package org.opencity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.security.ActorJwtConverter;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts as test callers: a bearer token for the account, with the authorities the platform's real
 * token converter gives it (roles read from the database).
 */
@Component
public class DemoPeople {

    public static final String RESIDENT = "resident@demo.opencity.vn";
    public static final String HOAN_KIEM_OFFICER = "officer.hoankiem@demo.opencity.vn";
    public static final String HOAN_KIEM_CLERK = "clerk.hoankiem@demo.opencity.vn";
    public static final String CAU_GIAY_OFFICER = "officer.caugiay@demo.opencity.vn";
    public static final String CONSTRUCTION_OFFICER = "dept.xaydung@demo.opencity.vn";
    public static final String OPERATOR = "operator@demo.opencity.vn";
    public static final String ADMIN = "admin@demo.opencity.vn";

    private final Actors actors;
    private final ActorJwtConverter tokens;

    DemoPeople(Actors actors, ActorJwtConverter tokens) {
        this.actors = actors;
        this.tokens = tokens;
    }

    public AccountId id(String login) {
        return actors.byLogin(login).orElseThrow();
    }

    public Actor actor(String login) {
        return actors.actor(id(login)).orElseThrow();
    }

    /** A signed-in page session of this person, with the roles the database gives them. */
    public RequestPostProcessor session(String login) {
        java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                org.opencity.identity.Role.RESIDENT.authority()));
        actor(login).roles().forEach(role -> authorities.add(
                new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority())));
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(id(login).toString()).authorities(authorities);
    }

    public RequestPostProcessor bearer(String login) {
        return bearer(id(login));
    }

    public RequestPostProcessor bearer(AccountId account) {
        return jwt().jwt(token -> token.subject(account.toString()).claim("scope", "openid api"))
                .authorities(tokens::authorities);
    }
}
