package org.opencity.assistant.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the assistant's paths: asking, rating an answer and asking for a person are open to everyone (a
 * conversation is reached by its random id, or is a signed-in resident's own); the hand-over requests are for
 * officers of any role.
 */
@Component
class AssistantAccessRules implements AccessRules {

    static final String[] OFFICERS = {
        "WARD_OFFICER", "CENTRE_CLERK", "DEPARTMENT_OFFICER", "CITY_OPERATOR", "ADMINISTRATOR"
    };

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(
                        POST,
                        "/api/v1/assistant/ask",
                        "/api/v1/assistant/answers/*/feedback",
                        "/api/v1/assistant/conversations/*/handover")
                .permitAll()
                .requestMatchers("/api/v1/assistant/handovers", "/api/v1/assistant/handovers/**")
                .hasAnyRole(OFFICERS);
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/assistant", "/assistant/handover")
                .permitAll()
                .requestMatchers(POST, "/assistant", "/assistant/answers/*/feedback", "/assistant/handover")
                .permitAll()
                .requestMatchers("/officer/assistant/**")
                .hasAnyRole(OFFICERS);
    }
}
