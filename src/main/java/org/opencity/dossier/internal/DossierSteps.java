package org.opencity.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.opencity.dossier.DossierAction;
import org.opencity.dossier.DossierStep;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.UnitId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What every step of a dossier shares: load it for someone who may see it, move its deadline clock, save it with
 * the version read, write the history, audit an officer's step and publish what others must hear of.
 */
@Component
public class DossierSteps {

    private final DossierRepository dossiers;
    private final DossierEventRepository history;
    private final DossierClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DossierSteps(
            DossierRepository dossiers,
            DossierEventRepository history,
            DossierClock clock,
            AuditTrail audit,
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

    public Instant now() {
        return clock.now();
    }

    DossierRecord find(String code) {
        return dossiers.byCode(code == null ? "" : code.trim()).orElseThrow(() -> new DossierNotFound(code));
    }

    /** The applicant's own dossier; anyone else's is not found. */
    public DossierRecord ownedBy(AccountId applicant, String code) {
        return DossierAccess.ownedBy(applicant, find(code));
    }

    /** A dossier the officer handles (not a draft); any other is not found. */
    public DossierRecord handledBy(Actor officer, String code) {
        return DossierAccess.handledBy(officer, find(code));
    }

    /** A dossier its applicant or a handling officer may read. */
    public DossierRecord readableBy(Actor person, String code) {
        DossierRecord dossier = find(code);
        if (person != null && dossier.applicantId().equals(person.id().value())) {
            return dossier;
        }
        return DossierAccess.handledBy(person, dossier);
    }

    /** Whether the person acts for the unit handling the dossier or its ward's one-stop desk. */
    public boolean officerMay(Actor person, DossierRecord dossier) {
        return DossierAccess.officerMay(person, dossier);
    }

    /** The dossier's history, oldest step first, with officers' names and internal notes. */
    public List<DossierStep> history(DossierRecord dossier) {
        return history.of(dossier.id());
    }

    /** Reception: the deadline starts. */
    public DossierRecord clockStarted(DossierRecord dossier, Instant now) {
        return clock.start(dossier, now);
    }

    /** Sent back during processing: the deadline stands still. */
    public DossierRecord clockPaused(DossierRecord dossier, Instant now) {
        return clock.pause(dossier, now);
    }

    /** Completed by the resident: the deadline runs again with the time that was left. */
    public DossierRecord clockResumed(DossierRecord dossier, Instant now) {
        return clock.resume(dossier, now);
    }

    /** A new date promised in an apology letter. */
    public DossierRecord clockPostponed(DossierRecord dossier, Instant newDue) {
        return clock.postpone(dossier, newDue);
    }

    /** Saves {@code after} (built from {@code before}) and records the step; see {@link #recordStep}. */
    public DossierRecord record(
            DossierRecord before,
            DossierRecord after,
            DossierAction action,
            String note,
            boolean publicNote,
            Actor officer,
            Actor resident) {
        return recordStep(before, after, action, note, publicNote, officer, resident)
                .dossier();
    }

    /**
     * Saves {@code after} (built from {@code before}) and records the step.
     *
     * @param officer null for the resident's own steps
     * @return the saved dossier and the id of the history entry, which every event of this step carries
     */
    public Recorded recordStep(
            DossierRecord before,
            DossierRecord after,
            DossierAction action,
            String note,
            boolean publicNote,
            Actor officer,
            Actor resident) {
        DossierRecord saved = save(after);
        Actor actor = officer != null ? officer : resident;
        long stepId = history.append(
                after.id(),
                after.updatedAt(),
                action,
                before.status(),
                after.status(),
                note,
                publicNote,
                actor == null ? null : actor.id().value(),
                actor == null ? null : actor.displayName(),
                after.unitId(),
                after.dueAt());
        if (officer != null) {
            audit.record(
                    officer,
                    DossierAuditAction.of(action),
                    "dossier",
                    after.code(),
                    new UnitId(after.unitId()),
                    note == null
                            ? Map.of("status", after.status().name())
                            : Map.of("status", after.status().name(), "note", note));
        }
        return new Recorded(saved, stepId);
    }

    /** Saves a change that is not a step of the process (form values, payment): no history, no audit. */
    public DossierRecord save(DossierRecord after) {
        if (!dossiers.update(after)) {
            throw new DossierChangedMeanwhile(after.code());
        }
        return after.saved();
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    /**
     * A step as written: the dossier after it, and the id of its history entry (dsr_event). A step that can happen
     * more than once (received again after a supplement, sent back again) is told apart by this id alone.
     */
    public record Recorded(DossierRecord dossier, long stepId) {}
}
