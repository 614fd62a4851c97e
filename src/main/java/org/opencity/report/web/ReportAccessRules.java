package org.opencity.report.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the report paths: the feed and report pages are public; submitting and following need a
 * resident's account; the desk is for officers who handle reports.
 */
@Component
class ReportAccessRules implements AccessRules {

    static final String[] HANDLERS = {"WARD_OFFICER", "DEPARTMENT_OFFICER", "CITY_OPERATOR", "ADMINISTRATOR"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/api/v1/report-categories", "/api/v1/reports", "/api/v1/reports/*")
                .permitAll()
                .requestMatchers(
                        POST,
                        "/api/v1/reports",
                        "/api/v1/reports/*/supporters",
                        "/api/v1/reports/*/rating",
                        "/api/v1/reports/*/reopen")
                .hasRole("RESIDENT")
                .requestMatchers("/api/v1/desk/reports", "/api/v1/desk/reports/**")
                .hasAnyRole(HANDLERS);
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/reports/new", "/reports/mine")
                .hasRole("RESIDENT")
                .requestMatchers(
                        POST, "/reports", "/reports/new", "/reports/*/join", "/reports/*/rating", "/reports/*/reopen")
                .hasRole("RESIDENT")
                .requestMatchers(GET, "/reports", "/reports/*", "/reports/photos/**")
                .permitAll()
                .requestMatchers("/officer/reports", "/officer/reports/**")
                .hasAnyRole(HANDLERS);
    }
}
