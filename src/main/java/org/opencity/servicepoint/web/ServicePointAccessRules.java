package org.opencity.servicepoint.web;

import static org.springframework.http.HttpMethod.GET;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Points, their hours and today's waiting are public; changing counters and hours is for the point's clerks and the
 * city's roles (the service checks the unit).
 */
@Component
class ServicePointAccessRules implements AccessRules {

    static final String[] POINT_STAFF = {"CENTRE_CLERK", "WARD_OFFICER", "CITY_OPERATOR", "ADMINISTRATOR"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/service-points", "/api/v1/service-points/*")
                .permitAll();
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/service-points", "/service-points/*")
                .permitAll()
                .requestMatchers("/officer/service-points", "/officer/service-points/**")
                .hasAnyRole(POINT_STAFF);
    }
}
