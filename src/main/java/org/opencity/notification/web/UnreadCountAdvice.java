package org.opencity.notification.web;

import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.notification.Inbox;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count beside "Inbox" on every page for a signed-in person.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final Inbox inbox;

    UnreadCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadCount")
    Long unreadCount(jakarta.servlet.http.HttpServletRequest request) {
        // @RestController is a @Controller too: JSON calls have no header to show a count in.
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        try {
            return inbox.unread(new AccountId(UUID.fromString(auth.getName())));
        } catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }
}
