package org.opencity.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencity.identity.Actor;
import org.opencity.notification.Inbox;
import org.opencity.notification.InboxMessage;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
class InboxApiController {

    private final Inbox inbox;

    InboxApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/me/notifications")
    @Operation(summary = "My messages, newest first")
    PageResponse<InboxMessage> messages(
            Actor person, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.messages(person.id(), PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/me/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(Actor person, @PathVariable long id) {
        inbox.markRead(person.id(), id);
    }
}
