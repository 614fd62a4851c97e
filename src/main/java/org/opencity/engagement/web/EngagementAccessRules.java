package org.opencity.engagement.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Polls, results, receipts, the bulletin and the export are public; voting and answering need an account (the
 * service checks eligibility); creating, publishing, the patterns report and the free-text answers are for the
 * city's roles and ward officers, and the service checks that they run the poll.
 */
@Component
class EngagementAccessRules implements AccessRules {

    static final String[] POLL_STAFF = {"WARD_OFFICER", "CITY_OPERATOR", "ADMINISTRATOR"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // A resident's role comes with a token only when it was granted the api scope (ADR 10).
        requests.requestMatchers(POST, "/api/v1/polls/*/votes", "/api/v1/polls/*/responses")
                .hasRole("RESIDENT")
                .requestMatchers(POST, "/api/v1/polls", "/api/v1/polls/*/publication")
                .hasAnyRole(POLL_STAFF)
                .requestMatchers(
                        GET, "/api/v1/polls/*/text-answers", "/api/v1/polls/*/patterns", "/api/v1/polls/*/answers.csv")
                .hasAnyRole(POLL_STAFF)
                .requestMatchers(
                        GET,
                        "/api/v1/polls",
                        "/api/v1/polls/*",
                        "/api/v1/polls/*/results",
                        "/api/v1/polls/*/results.csv",
                        "/api/v1/polls/*/results/stream",
                        "/api/v1/polls/*/receipts/*",
                        "/api/v1/polls/*/bulletin",
                        "/api/v1/polls/*/export",
                        "/api/v1/polls/*/summary")
                .permitAll();
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/polls", "/polls/*", "/polls/*/results", "/polls/*/check", "/polls/*/voted")
                .permitAll()
                .requestMatchers(POST, "/polls/*/check")
                .permitAll()
                .requestMatchers(POST, "/polls/*/vote", "/polls/*/respond")
                .authenticated()
                .requestMatchers("/officer/polls", "/officer/polls/**")
                .hasAnyRole(POLL_STAFF);
    }
}
