package org.opencity.dossier.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the dossier paths: the status look-up is public; a resident's own dossiers need an account (the
 * service checks it is theirs); the desk is for one-stop clerks and the officers who process dossiers.
 */
@Component
class DossierAccessRules implements AccessRules {

    static final String[] HANDLERS = {
        "CENTRE_CLERK", "WARD_OFFICER", "DEPARTMENT_OFFICER", "CITY_OPERATOR", "ADMINISTRATOR"
    };

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/dossier-status")
                .permitAll()
                .requestMatchers("/api/v1/dossiers", "/api/v1/dossiers/**")
                .hasRole("RESIDENT")
                .requestMatchers("/api/v1/desk/dossiers", "/api/v1/desk/dossiers/**")
                .hasAnyRole(HANDLERS);
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/dossiers/status")
                .permitAll()
                .requestMatchers(POST, "/dossiers/status")
                .permitAll()
                .requestMatchers("/dossiers", "/dossiers/**")
                .hasRole("RESIDENT")
                .requestMatchers("/officer/dossiers", "/officer/dossiers/**")
                .hasAnyRole(HANDLERS);
    }
}
