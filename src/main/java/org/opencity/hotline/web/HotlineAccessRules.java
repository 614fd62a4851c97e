package org.opencity.hotline.web;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the hotline's officer pages: the agent console, its live stream, the call log and the recordings are
 * for the city's operators and administrators (the services check again). The provider's webhook has its own chain
 * ({@link HotlineWebhookSecurity}).
 */
@Component
class HotlineAccessRules implements AccessRules {

    static final String[] HOTLINE_OFFICERS = {"CITY_OPERATOR", "ADMINISTRATOR"};

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/officer/hotline", "/officer/hotline/**").hasAnyRole(HOTLINE_OFFICERS);
    }
}
