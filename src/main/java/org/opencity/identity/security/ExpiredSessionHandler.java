package org.opencity.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.opencity.platform.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * A form sent after the session ran out fails its CSRF check. Instead of a bare 403, the person is asked to sign in
 * again and is then brought back to the page they were on; what they had saved (a draft, its files) is still there.
 * Every other refusal stays a 403.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {

    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
    private final ApplicationEventPublisher events;

    ExpiredSessionHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedOut = auth == null || auth instanceof AnonymousAuthenticationToken;
        // Only a browser that still sends the cookie of a session that is gone: a request that never had a session
        // (a forged form on another site) is refused as before.
        boolean sessionExpired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (!(denied instanceof CsrfException) || !signedOut || !sessionExpired) {
            // A signed-in person refused a page (a resident at the officers' desk) is in the audit log.
            events.publishEvent(
                    RequestRefused.of(request, denied instanceof CsrfException ? "csrf" : "forbidden-by-role", null));
            otherwise.handle(request, response, denied);
            return;
        }
        String back = samePagePath(request);
        if (back != null) {
            request.getSession(true).setAttribute(SAVED_REQUEST, new SimpleSavedRequest(back));
        }
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    /** The page the form was on, if it is one of ours: never an address on another site. */
    private static String samePagePath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            boolean ours = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            return ours && path != null && path.startsWith("/") && !path.startsWith("//")
                    ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    : null;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
