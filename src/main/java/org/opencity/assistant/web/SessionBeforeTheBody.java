package org.opencity.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The assistant's pages carry forms (questions, thumbs, a person) far down a page that can be long: their CSRF token
 * lives in the session, which cannot be created once the first part of the page has been sent. Asking for the token
 * before the page is written creates the session in time.
 */
final class SessionBeforeTheBody {

    private SessionBeforeTheBody() {}

    static void ensure(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
