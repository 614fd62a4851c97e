package org.opencity.notification;

import java.util.List;
import java.util.Map;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;
import org.opencity.notification.internal.DeliveryRepository;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators see of outgoing notifications (status, attempts, errors, masked addresses) and the resend
 * they may order; every resend is audited.
 */
@Service
public class DeliveryAdministration {

    private final DeliveryRepository deliveries;
    private final AuditTrail audit;

    DeliveryAdministration(DeliveryRepository deliveries, AuditTrail audit) {
        this.deliveries = deliveries;
        this.audit = audit;
    }

    /** The module's audit actions, for the audit log's catalogue. */
    @Bean
    static AuditActions notificationAuditActions() {
        return AuditActions.of("audit.module.notification", NotificationAuditAction.class);
    }

    @Transactional(readOnly = true)
    public PageResponse<DeliveryView> deliveries(Actor viewer, DeliveryStatus status, PageQuery page) {
        requireAdministrator(viewer);
        return PageResponse.of(deliveries.page(status, page.size(), page.offset()), page, deliveries.count(status));
    }

    @Transactional(readOnly = true)
    public DeliveryView delivery(Actor viewer, long id) {
        requireAdministrator(viewer);
        return deliveries.find(id).orElseThrow(() -> new DeliveryNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<DeliveryAttemptView> attempts(Actor viewer, long id) {
        delivery(viewer, id);
        return deliveries.attempts(id);
    }

    /** Queues the delivery again with a fresh set of tries; a delivery being sent right now is left alone. */
    @Transactional
    public DeliveryView resend(Actor administrator, long id) {
        DeliveryView before = delivery(administrator, id);
        if (deliveries.resend(id, administrator.id().value())) {
            audit.record(
                    administrator,
                    NotificationAuditAction.NOTIFICATION_RESENT,
                    "notification-delivery",
                    Long.toString(id),
                    null,
                    Map.of(
                            "channel",
                            before.channel().name(),
                            "previousStatus",
                            before.status().name()));
        }
        return deliveries.find(id).orElseThrow(() -> new DeliveryNotFound(id));
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
    }
}
