package org.opencity.notification.internal;

import java.util.List;
import org.opencity.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due deliveries every few seconds and sends them. Any number of nodes may run it: each claims different
 * rows, and a claim left behind by a node that died is taken over when its lease ends.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final NotificationProperties properties;

    DeliveryWorker(DeliveryRepository deliveries, DeliverySender sender, NotificationProperties properties) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${opencity.notification.poll:2s}",
            initialDelayString = "${opencity.notification.poll:2s}")
    void sendDue() {
        if (!properties.senderEnabled()) {
            return;
        }
        List<DeliveryRepository.Delivery> due;
        do {
            due = deliveries.claim(properties.batch(), properties.lease());
            for (DeliveryRepository.Delivery delivery : due) {
                try {
                    sender.send(delivery);
                } catch (RuntimeException unexpected) {
                    // The claim's lease runs out and another round tries again; one bad row must not stop the rest.
                    log.error("could not send notification delivery {}", delivery.id(), unexpected);
                }
            }
        } while (due.size() == properties.batch());
    }
}
