package org.opencity.appointment.web;

import static org.springframework.http.HttpMethod.GET;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Free slots and an appointment's calendar file (by its unguessable id, as a calendar feed, without personal data)
 * are public; booking is for signed-in residents; the day list is for the point's staff (the service checks the
 * unit).
 */
@Component
class AppointmentAccessRules implements AccessRules {

    static final String[] DESK = {"CENTRE_CLERK", "WARD_OFFICER", "CITY_OPERATOR", "ADMINISTRATOR"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/service-points/*/slots", "/api/v1/appointments/*/calendar.ics")
                .permitAll()
                .requestMatchers("/api/v1/appointments", "/api/v1/appointments/**")
                .hasRole("RESIDENT")
                .requestMatchers("/api/v1/desk/appointments", "/api/v1/desk/appointments/**")
                .hasAnyRole(DESK);
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/appointments/*/calendar.ics")
                .permitAll()
                .requestMatchers("/appointments", "/appointments/**")
                .hasRole("RESIDENT")
                .requestMatchers("/officer/appointments", "/officer/appointments/**")
                .hasAnyRole(DESK);
    }
}
