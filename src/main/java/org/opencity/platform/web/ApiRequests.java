package org.opencity.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/**
 * Tells machine clients from people: the API and standard endpoints answer with problem JSON,
 * pages answer with an HTML page.
 */
final class ApiRequests {

    private static final String[] MACHINE_PREFIXES = {
        "/api/", "/oauth2/", "/open311/", "/actuator/", "/v3/", "/.well-known/"
    };

    private ApiRequests() {}

    static boolean isMachineRequest(HttpServletRequest request, String path) {
        String uri = path == null ? request.getRequestURI() : path;
        String context = request.getContextPath();
        String local = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        if (isMachinePath(local)) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains(MediaType.TEXT_HTML_VALUE) && accept.contains("json");
    }

    /** Whether a path (without the context path) belongs to the API or a standard endpoint. */
    static boolean isMachinePath(String path) {
        for (String prefix : MACHINE_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
