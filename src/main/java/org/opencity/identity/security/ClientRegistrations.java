package org.opencity.identity.security;

import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Registers the city's own mobile app (authorization code + PKCE, a public client) and, with demo data,
 * one agency system (client credentials). Existing registrations are left as they are.
 */
@Component
@Order(1)
class ClientRegistrations implements ApplicationRunner {

    static final String MOBILE_APP = "opencity-mobile";
    static final String DEMO_AGENCY = "demo-agency";
    static final String DEMO_AGENCY_SECRET = "demo-agency-secret";
    private static final Logger log = LoggerFactory.getLogger(ClientRegistrations.class);

    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final boolean demo;

    ClientRegistrations(
            RegisteredClientRepository clients,
            PasswordEncoder passwords,
            @Value("${opencity.demo.enabled}") boolean demo) {
        this.clients = clients;
        this.passwords = passwords;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (clients.findByClientId(MOBILE_APP) == null) {
            clients.save(mobileApp());
            log.info("Registered OAuth2 client {}", MOBILE_APP);
        }
        if (demo && clients.findByClientId(DEMO_AGENCY) == null) {
            clients.save(demoAgency());
            log.info("Registered demo OAuth2 client {}", DEMO_AGENCY);
        }
    }

    private static RegisteredClient mobileApp() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(MOBILE_APP)
                .clientName("OpenCity mobile app")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("vn.opencity.app:/oauth2redirect")
                .redirectUri("http://127.0.0.1/callback")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(ApiScope.API.value())
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(15))
                        .build())
                .build();
    }

    private RegisteredClient demoAgency() {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DEMO_AGENCY)
                .clientName("Demo agency system")
                .clientSecret(passwords.encode(DEMO_AGENCY_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(ApiScope.METRICS_READ.value())
                .scope(ApiScope.EXCHANGE_READ.value())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(10))
                        .build())
                .build();
    }
}
