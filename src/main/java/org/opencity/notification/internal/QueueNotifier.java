package org.opencity.notification.internal;

import java.util.List;
import org.opencity.queue.TurnNear;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a signed-in resident that their queue number will be called soon. One message per ticket: the key is the
 * ticket's id, so a redelivered event is told once.
 */
@Component
class QueueNotifier {

    private final Notifier notifier;

    QueueNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(TurnNear event) {
        notifier.notify(
                event.resident(),
                "queue:" + event.ticketId() + ":near",
                "queue.calling",
                List.of(event.ticketNumber(), event.pointName(), String.valueOf(event.ticketsBefore())),
                "/tickets/" + event.ticketId());
    }
}
