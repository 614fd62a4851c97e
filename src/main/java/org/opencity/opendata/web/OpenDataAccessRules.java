package org.opencity.opendata.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Open data is open: the CKAN actions (read only), the DCAT catalogue, downloads and the pages need no sign-in.
 * Registering datasets is for administrators: the API here, the pages under {@code /admin} by identity's rules (the
 * service checks the role again).
 */
@Component
class OpenDataAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/3/action/*")
                .permitAll()
                .requestMatchers(POST, "/api/3/action/*")
                .permitAll()
                .requestMatchers("/api/v1/opendata/datasets", "/api/v1/opendata/datasets/**")
                .hasRole("ADMINISTRATOR");
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(
                        GET, "/data", "/data/*", "/data/download/*", "/catalog.ttl", "/catalog.jsonld", "/catalog.rdf")
                .permitAll();
    }
}
