package org.opencity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.security.ActorJwtConverter;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
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
    private final JWKSource<SecurityContext> keys;

    DemoPeople(Actors actors, ActorJwtConverter tokens, JWKSource<SecurityContext> keys) {
        this.actors = actors;
        this.tokens = tokens;
        this.keys = keys;
    }

    /**
     * A signed access token for real HTTP, as the platform's authorization server would issue it to the mobile app
     * (signed with its keys, checked by its decoder), with these scopes ("openid api" when none are given).
     */
    public String signedToken(String login, String... scopes) {
        java.time.Instant now = java.time.Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(id(login).toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim("scope", scopes.length == 0 ? java.util.List.of("openid", "api") : java.util.List.of(scopes))
                .build();
        return new NimbusJwtEncoder(keys)
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    public AccountId id(String login) {
        return actors.byLogin(login).orElseThrow();
    }

    public Actor actor(String login) {
        return actors.actor(id(login)).orElseThrow();
    }

    /** A signed-in page session of this person, with the roles the database gives them. */
    public RequestPostProcessor session(String login) {
        return session(id(login));
    }

    /** A signed-in page session of any account, e.g. a resident a test made. */
    public RequestPostProcessor session(AccountId account) {
        java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                org.opencity.identity.Role.RESIDENT.authority()));
        actors.actor(account)
                .orElseThrow()
                .roles()
                .forEach(role -> authorities.add(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority())));
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        account.toString())
                .authorities(authorities);
    }

    public RequestPostProcessor bearer(String login) {
        return bearer(id(login));
    }

    public RequestPostProcessor bearer(AccountId account) {
        return jwt().jwt(token -> token.subject(account.toString()).claim("scope", "openid api"))
                .authorities(tokens::authorities);
    }
}
