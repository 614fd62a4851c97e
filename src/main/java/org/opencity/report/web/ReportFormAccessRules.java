package org.opencity.report.web;

import static org.springframework.http.HttpMethod.GET;

import org.opencity.identity.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The report form's helpers are for the resident filling it in: the place of a point in words, and the thumbnails
 * of the photos held for their form.
 */
@Component
class ReportFormAccessRules implements AccessRules {

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/reports/new/place", "/reports/new/photos/*")
                .hasRole("RESIDENT");
    }
}
