package org.opencity.hotline.web;

import static org.springframework.http.HttpMethod.GET;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The residents' page about the hotline is for everyone. */
@Component
class HotlinePublicAccessRules implements AccessRules {

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/hotline").permitAll();
    }
}
