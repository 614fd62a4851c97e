package org.opencity.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.opencity.identity.Actor;
import org.opencity.notification.NotificationPreferences;
import org.opencity.notification.NotificationSettings;
import org.opencity.notification.PushSubscriptions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's notification channels and the browsers subscribed to Web Push, for the mobile and web apps.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "Inbox, channel preferences and Web Push subscriptions")
class NotificationApiController {

    private final NotificationPreferences preferences;
    private final PushSubscriptions push;

    NotificationApiController(NotificationPreferences preferences, PushSubscriptions push) {
        this.preferences = preferences;
        this.push = push;
    }

    @GetMapping("/me/notification-settings")
    @Operation(summary = "My channels (email, SMS, push) and quiet hours for SMS (Vietnam time)")
    NotificationSettings settings(Actor person) {
        return preferences.of(person.id());
    }

    @PutMapping("/me/notification-settings")
    @Operation(summary = "Change my channels and quiet hours; both quiet-hour times, or neither")
    NotificationSettings change(Actor person, @RequestBody @Valid NotificationSettings settings) {
        return preferences.change(person.id(), settings);
    }

    @GetMapping("/push/public-key")
    @Operation(summary = "The VAPID public key a browser subscribes with (applicationServerKey, base64url)")
    PublicKey publicKey() {
        return new PublicKey(push.publicKey());
    }

    @PostMapping("/me/push-subscriptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Register this browser's PushSubscription (the JSON of PushSubscription.toJSON())")
    void subscribe(
            Actor person,
            @RequestBody @Valid Subscription subscription,
            @RequestHeader(value = "User-Agent", required = false) String userAgent) {
        push.subscribe(
                person.id(),
                subscription.endpoint(),
                subscription.keys().p256dh(),
                subscription.keys().auth(),
                userAgent);
    }

    @DeleteMapping("/me/push-subscriptions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop notifications to one browser")
    void unsubscribe(Actor person, @RequestParam String endpoint) {
        push.unsubscribe(person.id(), endpoint);
    }

    record PublicKey(String publicKey) {}

    record Subscription(
            @NotBlank @Size(max = 1000) String endpoint,
            @NotNull @Valid Keys keys) {}

    record Keys(
            @NotBlank @Size(max = 200) String p256dh,
            @NotBlank @Size(max = 100) String auth) {}
}
