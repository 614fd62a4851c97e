package org.opencity.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.opencity.identity.Actor;
import org.opencity.notification.DeliveryAdministration;
import org.opencity.notification.DeliveryAttemptView;
import org.opencity.notification.DeliveryStatus;
import org.opencity.notification.DeliveryView;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery status of outgoing notifications, and resend, for administrators.
 */
@RestController
@RequestMapping("/api/v1/admin/notification-deliveries")
@Tag(name = "Notifications")
class DeliveryAdminApiController {

    private final DeliveryAdministration deliveries;

    DeliveryAdminApiController(DeliveryAdministration deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(summary = "Outgoing notifications, newest first, optionally by status")
    PageResponse<DeliveryView> list(
            Actor admin,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return deliveries.deliveries(admin, status, PageQuery.of(page, size));
    }

    @GetMapping("/{id}/attempts")
    @Operation(summary = "Every attempt at one delivery")
    List<DeliveryAttemptView> attempts(Actor admin, @PathVariable long id) {
        return deliveries.attempts(admin, id);
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Send again, with a fresh set of tries (audited)")
    DeliveryView resend(Actor admin, @PathVariable long id) {
        return deliveries.resend(admin, id);
    }
}
