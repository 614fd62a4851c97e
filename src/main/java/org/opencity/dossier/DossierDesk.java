package org.opencity.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.dossier.internal.DossierParties;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.dossier.internal.DossierRepository;
import org.opencity.dossier.internal.DossierResults;
import org.opencity.dossier.internal.DossierSteps;
import org.opencity.dossier.internal.DossierViews;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Unit;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side: the queue of their units by deadline, and every step of the one-stop process — receive,
 * send back for supplement, refuse to accept, assign, forward, ask another unit's opinion, approve or refuse,
 * issue the signed result, hand it over, and apologise with a new date when late. Every step is audited.
 */
@Service
public class DossierDesk {

    private final DossierSteps steps;
    private final DossierViews views;
    private final DossierResults results;
    private final DossierParties parties;
    private final DossierRepository dossiers;

    DossierDesk(
            DossierSteps steps,
            DossierViews views,
            DossierResults results,
            DossierParties parties,
            DossierRepository dossiers) {
        this.steps = steps;
        this.views = views;
        this.results = results;
        this.parties = parties;
        this.dossiers = dossiers;
    }

    @Transactional(readOnly = true)
    public PageResponse<DossierSummary> queue(
            Actor officer, DossierStatus status, boolean overdueOnly, PageQuery page) {
        if (officer == null || !officer.isOfficer()) {
            throw new NotAllowed();
        }
        List<UUID> mine = officer.isCityWide() ? List.of() : parties.unitsOf(officer);
        if (!officer.isCityWide() && mine.isEmpty()) {
            throw new NotAllowed();
        }
        return PageResponse.of(
                dossiers.queue(mine, status, overdueOnly, steps.now(), page.size(), page.offset()).stream()
                        .map(views::summary)
                        .toList(),
                page,
                dossiers.countQueue(mine, status, overdueOnly, steps.now()));
    }

    @Transactional(readOnly = true)
    public DossierView view(Actor officer, String code, Locale locale) {
        return views.view(steps.handledBy(officer, code), true, locale);
    }

    @Transactional
    public DossierView receive(Actor officer, String code, Locale locale) {
        DossierRecord before = handled(officer, code);
        DossierStatus next = DossierAction.RECEIVE.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after = steps.clockStarted(before, now).withStatus(next, now);
        DossierSteps.Recorded step = steps.recordStep(before, after, DossierAction.RECEIVE, null, true, officer, null);
        DossierRecord saved = step.dossier();
        steps.publish(new DossierReceived(
                saved.code(), new AccountId(saved.applicantId()), saved.procedureName(), saved.dueAt(), step.stepId()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView returnForSupplement(Actor officer, String code, String reason, Locale locale) {
        DossierRecord before = handled(officer, code);
        String why = required(reason);
        DossierStatus next = DossierAction.RETURN_FOR_SUPPLEMENT.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord paused = before.status() == DossierStatus.IN_PROCESSING ? steps.clockPaused(before, now) : before;
        DossierSteps.Recorded step = steps.recordStep(
                before, paused.withStatus(next, now), DossierAction.RETURN_FOR_SUPPLEMENT, why, true, officer, null);
        DossierRecord saved = step.dossier();
        steps.publish(new DossierReturned(
                saved.code(), new AccountId(saved.applicantId()), saved.procedureName(), why, step.stepId()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView notAccept(Actor officer, String code, String reason, Locale locale) {
        return close(officer, code, DossierAction.NOT_ACCEPT, reason, locale);
    }

    @Transactional
    public DossierView refuse(Actor officer, String code, String reason, Locale locale) {
        return close(officer, code, DossierAction.REFUSE, reason, locale);
    }

    private DossierView close(Actor officer, String code, DossierAction action, String reason, Locale locale) {
        DossierRecord before = handled(officer, code);
        String why = required(reason);
        DossierStatus next = action.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after = before.withStatus(next, now).withMilestones(before.submittedAt(), now, null, null, why);
        DossierSteps.Recorded step = steps.recordStep(before, after, action, why, true, officer, null);
        DossierRecord saved = step.dossier();
        steps.publish(new DossierRefused(
                saved.code(), new AccountId(saved.applicantId()), saved.procedureName(), why, step.stepId()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView assign(Actor officer, String code, AccountId assignee, Locale locale) {
        DossierRecord before = handled(officer, code);
        if (!parties.isMember(officer, before.unitId(), assignee)) {
            throw new InvalidRequest("problem.dossier.assignee");
        }
        DossierStatus next = DossierAction.ASSIGN.next(before.status(), false);
        DossierRecord after =
                before.withHandling(before.unitId(), assignee.value()).withStatus(next, steps.now());
        DossierSteps.Recorded step = steps.recordStep(before, after, DossierAction.ASSIGN, null, false, officer, null);
        DossierRecord saved = step.dossier();
        steps.publish(new DossierAssigned(
                saved.code(), assignee, saved.procedureName(), saved.dueAt(), saved.updatedAt(), step.stepId()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView forward(Actor officer, String code, String unitCode, String note, Locale locale) {
        DossierRecord before = handled(officer, code);
        Unit target = parties.unit(unitCode);
        DossierStatus next = DossierAction.FORWARD.next(before.status(), false);
        DossierRecord after = before.withHandling(target.id().value(), null).withStatus(next, steps.now());
        String text = target.nameVi() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        return views.view(steps.record(before, after, DossierAction.FORWARD, text, false, officer, null), true, locale);
    }

    @Transactional
    public DossierView requestOpinion(Actor officer, String code, String unitCode, String question, Locale locale) {
        DossierRecord before = handled(officer, code);
        Unit asked = parties.unit(unitCode);
        DossierStatus next = DossierAction.REQUEST_OPINION.next(before.status(), false);
        DossierRecord after = before.withStatus(next, steps.now());
        return views.view(
                steps.record(
                        before,
                        after,
                        DossierAction.REQUEST_OPINION,
                        asked.nameVi() + ": " + required(question),
                        false,
                        officer,
                        null),
                true,
                locale);
    }

    @Transactional
    public DossierView approve(Actor officer, String code, String note, Locale locale) {
        DossierRecord before = handled(officer, code);
        DossierStatus next = DossierAction.APPROVE.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after = before.withStatus(next, now).withMilestones(before.submittedAt(), now, null, null, null);
        return views.view(steps.record(before, after, DossierAction.APPROVE, note, false, officer, null), true, locale);
    }

    /** Composes the result, signs it with the handling unit's certificate and makes it available to the applicant. */
    @Transactional
    public DossierView issueResult(Actor officer, String code, Locale locale) {
        DossierRecord before = handled(officer, code);
        DossierStatus next = DossierAction.ISSUE_RESULT.next(before.status(), false);
        Instant now = steps.now();
        results.issue(before, now, locale);
        DossierRecord after =
                before.withStatus(next, now).withMilestones(before.submittedAt(), before.decidedAt(), now, null, null);
        DossierSteps.Recorded step =
                steps.recordStep(before, after, DossierAction.ISSUE_RESULT, null, true, officer, null);
        DossierRecord saved = step.dossier();
        steps.publish(new DossierResultIssued(
                saved.code(), new AccountId(saved.applicantId()), saved.procedureName(), step.stepId()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView deliver(Actor officer, String code, Locale locale) {
        DossierRecord before = handled(officer, code);
        DossierStatus next = DossierAction.DELIVER.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after = before.withStatus(next, now)
                .withMilestones(before.submittedAt(), before.decidedAt(), before.resultIssuedAt(), now, null);
        return views.view(steps.record(before, after, DossierAction.DELIVER, null, true, officer, null), true, locale);
    }

    /** Only a dossier past its deadline; the new date must be later than now. */
    @Transactional
    public DossierView apologise(Actor officer, String code, Instant newDue, String reason, Locale locale) {
        DossierRecord before = handled(officer, code);
        DossierAction.APOLOGISE.next(before.status(), false);
        if (!DossierViews.timeliness(before, steps.now()).late() || newDue == null || !newDue.isAfter(steps.now())) {
            throw new InvalidRequest("problem.dossier.apology");
        }
        DossierRecord after = steps.clockPostponed(before, newDue).withStatus(before.status(), steps.now());
        return views.view(
                steps.record(before, after, DossierAction.APOLOGISE, required(reason), true, officer, null),
                true,
                locale);
    }

    private DossierRecord handled(Actor officer, String code) {
        return steps.handledBy(officer, code);
    }

    private static String required(String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidRequest("problem.dossier.reason-required");
        }
        return text.strip();
    }
}
