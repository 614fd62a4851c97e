package org.opencity.dossier;

import org.springframework.context.annotation.Bean;
import org.opencity.identity.AuditActions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.internal.DossierClock;
import org.opencity.dossier.internal.DossierEventRepository;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.dossier.internal.DossierRepository;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.UnitId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every step of a dossier shares: load, check the status allows it, save with the version read, write the
 * history, audit an officer's step and publish what others must hear of.
 */
@Component
class DossierSteps {

    private final DossierRepository dossiers;
    private final DossierEventRepository history;
    private final DossierClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DossierSteps(DossierRepository dossiers, DossierEventRepository history, DossierClock clock, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.history = history;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** The module's audit actions, for the audit log's catalogue. */
    @Bean
    static AuditActions dossierAuditActions() {
        return AuditActions.of("audit.module.dossier", DossierAuditAction.class);
    }

    Instant now() {
        return clock.now();
    }

    DossierRepository dossiers() {
        return dossiers;
    }

    DossierEventRepository history() {
        return history;
    }

    DossierClock clock() {
        return clock;
    }

    DossierRecord find(String code) {
        return dossiers.byCode(code == null ? "" : code.trim()).orElseThrow(() -> new DossierNotFound(code));
    }

    /**
     * Saves {@code after} (built from {@code before}) and records the step.
     *
     * @param officer null for the resident's own steps
     */
    DossierRecord record(DossierRecord before, DossierRecord after, DossierAction action, String note,
            boolean publicNote, Actor officer, Actor resident) {
        DossierRecord saved = save(after);
        Actor actor = officer != null ? officer : resident;
        history.append(after.id(), after.updatedAt(), action, before.status(), after.status(), note, publicNote,
                actor == null ? null : actor.id().value(), actor == null ? null : actor.displayName(),
                after.unitId(), after.dueAt());
        if (officer != null) {
            audit.record(officer, DossierAuditAction.of(action), "dossier", after.code(), new UnitId(after.unitId()),
                    note == null ? Map.of("status", after.status().name())
                            : Map.of("status", after.status().name(), "note", note));
        }
        return saved;
    }

    /** Saves a change that is not a step of the process (form values, payment): no history, no audit. */
    DossierRecord save(DossierRecord after) {
        if (!dossiers.update(after)) {
            throw new DossierChangedMeanwhile(after.code());
        }
        return after.saved();
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

}
