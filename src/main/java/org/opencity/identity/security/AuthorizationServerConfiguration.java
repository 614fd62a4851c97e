package org.opencity.identity.security;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actors;
import org.opencity.identity.Role;
import org.opencity.identity.internal.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The embedded OAuth2 / OpenID Connect server (Spring Authorization Server): clients, authorizations and
 * consents in PostgreSQL, tokens signed with the stored key. With an external issuer configured, the API
 * trusts that issuer's tokens instead.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(
            JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new ImmutableJWKSet<>(keys.current());
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties, Clock clock) {
        if (properties.usesExternalIssuer()) {
            return new VerifiedTokens(
                    NimbusJwtDecoder.withIssuerLocation(properties.externalIssuerUri())
                            .build(),
                    clock);
        }
        return new VerifiedTokens(NimbusJwtDecoder.withJwkSource(jwkSource).build(), clock);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        // No fixed issuer: it follows the address the platform is reached at (behind a proxy, X-Forwarded-*).
        return AuthorizationServerSettings.builder().build();
    }

    /** Adds the holder's name and current roles to tokens issued for a person (not for agency systems). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> personClaims(Actors actors) {
        return context -> {
            Authentication principal = context.getPrincipal();
            AccountId account = accountId(principal.getName());
            if (account == null) {
                return;
            }
            actors.actor(account).ifPresent(actor -> {
                List<String> roles = new ArrayList<>();
                roles.add(Role.RESIDENT.name());
                actor.roles().forEach(role -> roles.add(role.name()));
                context.getClaims().claim("name", actor.displayName()).claim("roles", roles);
            });
        };
    }

    private static AccountId accountId(String name) {
        try {
            return new AccountId(java.util.UUID.fromString(name));
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }
}
