package org.opencity.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own say in who may call its paths. The security configuration applies every module's rules
 * before its final "deny everything else", so a path nobody declared stays closed.
 */
public interface AccessRules {

    /** Rules for the JSON API chain ({@code /api/**}, bearer tokens). */
    default void api(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {}

    /** Rules for the pages chain (sessions, form sign-in). */
    default void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {}
}
