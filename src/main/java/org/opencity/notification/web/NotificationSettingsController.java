package org.opencity.notification.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.validation.Valid;
import java.time.LocalTime;
import org.opencity.identity.AccessRules;
import org.opencity.identity.Actor;
import org.opencity.notification.NotificationPreferences;
import org.opencity.notification.NotificationSettings;
import org.opencity.notification.PushSubscriptions;
import org.opencity.platform.LocalizedProblem;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a person picks channels and quiet hours, and (with JavaScript) lets this browser show notifications.
 */
@Controller
class NotificationSettingsController {

    private final NotificationPreferences preferences;
    private final PushSubscriptions push;

    NotificationSettingsController(NotificationPreferences preferences, PushSubscriptions push) {
        this.preferences = preferences;
        this.push = push;
    }

    @Bean
    static AccessRules notificationSettingsAccess() {
        return new AccessRules() {
            @Override
            public void pages(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
                r.requestMatchers(GET, "/inbox/settings")
                        .hasRole("RESIDENT")
                        .requestMatchers(POST, "/inbox/settings", "/inbox/push-subscriptions")
                        .hasRole("RESIDENT")
                        .requestMatchers(GET, "/sw.js")
                        .permitAll();
            }

            @Override
            public void api(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
                r.requestMatchers(GET, "/api/v1/push/public-key").permitAll();
            }
        };
    }

    @GetMapping("/inbox/settings")
    String page(Actor person, Model model) {
        model.addAttribute("settings", preferences.of(person.id()));
        model.addAttribute("browsers", push.count(person.id()));
        model.addAttribute("publicKey", push.publicKey());
        return "notification/settings";
    }

    /** Called by push.js in the signed-in page, with the session and its CSRF token. */
    @PostMapping(path = "/inbox/push-subscriptions", consumes = "application/json")
    @ResponseBody
    ResponseEntity<Void> subscribe(
            Actor person,
            @RequestBody @Valid NotificationApiController.Subscription subscription,
            @RequestHeader(value = "User-Agent", required = false) String userAgent) {
        push.subscribe(
                person.id(),
                subscription.endpoint(),
                subscription.keys().p256dh(),
                subscription.keys().auth(),
                userAgent);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/inbox/settings")
    String save(
            Actor person,
            @RequestParam(defaultValue = "false") boolean email,
            @RequestParam(defaultValue = "false") boolean sms,
            @RequestParam(defaultValue = "false") boolean push,
            @RequestParam(defaultValue = "false") boolean quiet,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime quietFrom,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime quietTo,
            RedirectAttributes flash) {
        try {
            preferences.change(
                    person.id(),
                    new NotificationSettings(email, sms, push, quiet ? quietFrom : null, quiet ? quietTo : null));
            flash.addFlashAttribute("saved", true);
        } catch (LocalizedProblem problem) {
            flash.addFlashAttribute("problemKey", problem.messageKey());
        }
        return "redirect:/inbox/settings";
    }
}
