package org.opencity.queue.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.opencity.queue.TurnNear;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows every change to a point's queue, in the change's transaction: the boards of every node are told (a
 * PostgreSQL notification, sent at commit), and signed-in residents whose turn is now near are told once.
 */
@Component
public class QueueMoves {

    private final TicketRepository tickets;
    private final ApplicationEventPublisher events;
    private final QueueProperties settings;
    private final Clock clock;

    QueueMoves(TicketRepository tickets, ApplicationEventPublisher events, QueueProperties settings, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.VIETNAM);
    }

    /** Appointments starting before this take precedence now. */
    public Instant due(Instant now) {
        return now.plus(settings.appointmentEarly());
    }

    public QueueProperties settings() {
        return settings;
    }

    public void changed(ServicePoint point, LocalDate day) {
        tickets.announce(point.code());
        if (!tickets.anyoneToTell(point.code(), day)) {
            // Kiosk tickets are anonymous: without a signed-in resident waiting untold, ranking the line finds nobody.
            return;
        }
        for (Ranked waiting : tickets.ranked(point.code(), day, due(now()))) {
            if (waiting.resident() != null && !waiting.nearTold() && waiting.before() <= settings.nearTurn()) {
                tickets.markTold(waiting.id());
                events.publishEvent(new TurnNear(
                        waiting.id(), waiting.number(), point.nameVi(), waiting.before(), waiting.resident()));
            }
        }
    }
}
