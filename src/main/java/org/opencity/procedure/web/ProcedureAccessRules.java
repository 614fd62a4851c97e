package org.opencity.procedure.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the catalogue paths: reading it is public; changing it and reading its history is for
 * administrators.
 */
@Component
class ProcedureAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/procedures/*/revisions")
                .hasRole("ADMINISTRATOR")
                .requestMatchers(PUT, "/api/v1/procedures/*")
                .hasRole("ADMINISTRATOR")
                .requestMatchers(GET, "/api/v1/procedures", "/api/v1/procedures/*")
                .permitAll();
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/admin/procedures/*/edit", "/admin/procedures/*/history")
                .hasRole("ADMINISTRATOR")
                .requestMatchers(POST, "/admin/procedures/*/edit")
                .hasRole("ADMINISTRATOR")
                .requestMatchers(GET, "/procedures", "/procedures/*", "/procedures/*/templates/*")
                .permitAll();
    }
}
