package org.opencity.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Matches a request that no controller maps, whatever the method: an address that does not exist. Placed just before
 * "deny everything else", it lets such a request through to the 404 page instead of a 403 (signed in) or the
 * sign-in page (signed out), which told people the page existed and was closed to them. A path that some controller
 * maps, with any method, stays under the rules above it.
 */
final class UnmappedPath implements RequestMatcher {

    private final ObjectProvider<HandlerMapping> controllers;

    UnmappedPath(ObjectProvider<HandlerMapping> controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HandlerMapping mapping = controllers.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        try {
            return mapping.getHandler(request) == null;
        } catch (Exception mappedWithAnotherMethodOrType) {
            // The path exists (e.g. a wrong method or media type): the rules decide, not this matcher.
            return false;
        }
    }
}
