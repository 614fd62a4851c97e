package org.opencity.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for machine clients, as localized problem documents with the Bearer challenge. A bearer token
 * refused because it lacks the scope its filter chain is about gets RFC 6750's {@code insufficient_scope} error
 * naming that scope, so the client knows to ask for it rather than to sign in again.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;
    private final ApiScope scope;
    private final ApplicationEventPublisher events;

    ProblemSecurityHandlers(ProblemWriter problems, ApiScope scope, ApplicationEventPublisher events) {
        this.problems = problems;
        this.scope = scope;
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean badToken = failure instanceof InvalidBearerTokenException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                badToken ? "problem.detail.invalid-token" : "problem.detail.401");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        events.publishEvent(RequestRefused.of(request, "forbidden-by-role", null));
        if (scope.missingFrom(SecurityContextHolder.getContext().getAuthentication())) {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_scope\", scope=\"" + scope.value() + "\"");
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.detail.insufficient-scope", scope.value());
            return;
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, "problem.detail.403");
    }
}
