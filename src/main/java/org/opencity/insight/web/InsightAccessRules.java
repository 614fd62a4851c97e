package org.opencity.insight.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The dashboard, its drill-down and the monthly reports are the city operators'; the service index and the ward
 * scorecards are public, like the national portal's.
 */
@Component
class InsightAccessRules implements AccessRules {

    static final String[] OPERATORS = {"CITY_OPERATOR", "ADMINISTRATOR"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/insight/scorecards", "/api/v1/insight/index")
                .permitAll()
                .requestMatchers("/api/v1/insight/**")
                .hasAnyRole(OPERATORS);
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/scorecards", "/scorecards/*")
                .permitAll()
                .requestMatchers(GET, "/operations", "/operations/**")
                .hasAnyRole(OPERATORS)
                .requestMatchers(POST, "/operations/**")
                .hasAnyRole(OPERATORS);
    }
}
