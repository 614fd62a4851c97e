package org.opencity.queue.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Taking a ticket, a ticket's page (reached by its random id, nothing personal on it) and the boards are public; the
 * counters are for centre clerks and the city's roles, and the service checks the clerk's unit against the point's.
 */
@Component
class QueueAccessRules implements AccessRules {

    static final String[] COUNTER_STAFF = {"CENTRE_CLERK", "CITY_OPERATOR", "ADMINISTRATOR"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(POST, "/api/v1/service-points/*/tickets")
                .permitAll()
                .requestMatchers(GET, "/api/v1/service-points/*/board", "/api/v1/tickets/*")
                .permitAll()
                .requestMatchers("/api/v1/desk/counters/**", "/api/v1/desk/points/**")
                .hasAnyRole(COUNTER_STAFF);
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/service-points/*/kiosk", "/service-points/*/board", "/tickets/*")
                .permitAll()
                .requestMatchers(POST, "/service-points/*/kiosk")
                .permitAll()
                .requestMatchers("/officer/queue", "/officer/queue/**")
                .hasAnyRole(COUNTER_STAFF);
    }
}
