package org.opencity.appointment.internal;

import java.time.Clock;
import java.time.Instant;
import org.opencity.appointment.AppointmentReminderDue;
import org.opencity.identity.AccountId;
import org.opencity.servicepoint.ServicePoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every few minutes: sends the reminders that are due (a day before) and records as missed the booked appointments
 * whose slot ended a while ago. Both claim their rows in one statement, so several nodes can run them at once.
 */
@Component
public class AppointmentSweeps {

    private static final Logger log = LoggerFactory.getLogger(AppointmentSweeps.class);
    private static final int BATCH = 500;

    private final AppointmentRepository repository;
    private final AppointmentProperties rules;
    private final ServicePoints points;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentSweeps(
            AppointmentRepository repository,
            AppointmentProperties rules,
            ServicePoints points,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.points = points;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${opencity.appointment.sweep-interval:5m}", initialDelayString = "1m")
    void sweep() {
        remind();
        recordMissed();
    }

    /** Claims due reminders and publishes one event each (the notification module sends them, from the outbox). */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        var due = repository.claimReminders(now, rules.reminderBefore(), BATCH);
        for (AppointmentRecord record : due) {
            String pointName =
                    points.find(record.pointCode()).map(p -> p.nameVi()).orElse(record.pointCode());
            events.publishEvent(new AppointmentReminderDue(
                    record.id(), record.code(), new AccountId(record.resident()), pointName, record.startsAt()));
        }
        return due.size();
    }

    @Transactional
    public int recordMissed() {
        Instant now = clock.instant();
        int missed = repository.markNoShows(now.minus(rules.noShowGrace()), now);
        if (missed > 0) {
            log.info("{} appointments recorded as missed", missed);
        }
        return missed;
    }
}
