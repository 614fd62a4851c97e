package org.opencity.notification.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.opencity.identity.AccessRules;
import org.opencity.identity.Actor;
import org.opencity.notification.Inbox;
import org.opencity.platform.PageQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox page.
 */
@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @Bean
    static AccessRules inboxAccess() {
        return new AccessRules() {
            @Override
            public void pages(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
                r.requestMatchers(GET, "/inbox")
                        .hasRole("RESIDENT")
                        .requestMatchers(POST, "/inbox/read-all", "/inbox/*/read")
                        .hasRole("RESIDENT");
            }
        };
    }

    @GetMapping("/inbox")
    String page(Actor person, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("messages", inbox.messages(person.id(), new PageQuery(Math.max(0, page), 30)));
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String open(Actor person, @PathVariable long id, @RequestParam(required = false) String next) {
        inbox.markRead(person.id(), id);
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//");
        return "redirect:" + (local ? next : "/inbox");
    }

    @PostMapping("/inbox/read-all")
    String readAll(Actor person) {
        inbox.markAllRead(person.id());
        return "redirect:/inbox";
    }
}
