package org.opencity.document.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the document paths: anyone may fetch the CA certificate and check a signed file, since a
 * citizen or another agency holding a result must be able to verify it without an account.
 */
@Component
class DocumentAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/documents/ca.pem", "/api/v1/documents/ca.cer")
                .permitAll()
                .requestMatchers(POST, "/api/v1/documents/verify")
                .permitAll();
    }
}
