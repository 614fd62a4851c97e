package org.opencity.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.shared.Sha256;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.StaffManagement;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.procedure.FormField;
import org.opencity.procedure.ProcedureCode;
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
    private final OneStopForms forms;
    private final Units units;
    private final StaffManagement staff;

    DossierDesk(DossierSteps steps, DossierViews views, OneStopForms forms, Units units, StaffManagement staff) {
        this.steps = steps;
        this.views = views;
        this.forms = forms;
        this.units = units;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public PageResponse<DossierSummary> queue(Actor officer, DossierStatus status, boolean overdueOnly, PageQuery page) {
        if (officer == null || !officer.isOfficer()) {
            throw new NotAllowed();
        }
        List<UUID> mine = officer.isCityWide() ? List.of() : unitsOf(officer);
        if (!officer.isCityWide() && mine.isEmpty()) {
            throw new NotAllowed();
        }
        return PageResponse.of(steps.dossiers().queue(mine, status, overdueOnly, steps.now(), page.size(), page.offset()).stream()
                .map(views::summary).toList(), page, steps.dossiers().countQueue(mine, status, overdueOnly, steps.now()));
    }

    @Transactional(readOnly = true)
    public DossierView view(Actor officer, String code, Locale locale) {
        return views.view(DossierAccess.handledBy(officer, steps.find(code)), true, locale);
    }

    @Transactional
    public DossierView receive(Actor officer, String code, Locale locale) {
        DossierRecord before = handled(officer, code);
        DossierStatus next = DossierAction.RECEIVE.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after = steps.clock().start(before, now).withStatus(next, now);
        DossierRecord saved = steps.record(before, after, DossierAction.RECEIVE, null, true, officer, null);
        steps.publish(new DossierReceived(saved.code(), new AccountId(saved.applicantId()), saved.procedureName(),
                saved.dueAt()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView returnForSupplement(Actor officer, String code, String reason, Locale locale) {
        DossierRecord before = handled(officer, code);
        String why = required(reason);
        DossierStatus next = DossierAction.RETURN_FOR_SUPPLEMENT.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord paused = before.status() == DossierStatus.IN_PROCESSING ? steps.clock().pause(before, now) : before;
        DossierRecord saved = steps.record(before, paused.withStatus(next, now), DossierAction.RETURN_FOR_SUPPLEMENT,
                why, true, officer, null);
        steps.publish(new DossierReturned(saved.code(), new AccountId(saved.applicantId()), saved.procedureName(), why));
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
        DossierRecord saved = steps.record(before, after, action, why, true, officer, null);
        steps.publish(new DossierRefused(saved.code(), new AccountId(saved.applicantId()), saved.procedureName(), why));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView assign(Actor officer, String code, AccountId assignee, Locale locale) {
        DossierRecord before = handled(officer, code);
        boolean member = staff.membersOf(officer, new UnitId(before.unitId())).stream()
                .anyMatch(a -> a.id().equals(assignee));
        if (!member) {
            throw new InvalidRequest("problem.dossier.assignee");
        }
        DossierStatus next = DossierAction.ASSIGN.next(before.status(), false);
        DossierRecord after = before.withHandling(before.unitId(), assignee.value()).withStatus(next, steps.now());
        DossierRecord saved = steps.record(before, after, DossierAction.ASSIGN, null, false, officer, null);
        steps.publish(new DossierAssigned(saved.code(), assignee, saved.procedureName(), saved.dueAt(),
                saved.updatedAt()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView forward(Actor officer, String code, String unitCode, String note, Locale locale) {
        DossierRecord before = handled(officer, code);
        Unit target = units.byCode(unitCode);
        DossierStatus next = DossierAction.FORWARD.next(before.status(), false);
        DossierRecord after = before.withHandling(target.id().value(), null).withStatus(next, steps.now());
        String text = target.nameVi() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        return views.view(steps.record(before, after, DossierAction.FORWARD, text, false, officer, null), true, locale);
    }

    @Transactional
    public DossierView requestOpinion(Actor officer, String code, String unitCode, String question, Locale locale) {
        DossierRecord before = handled(officer, code);
        Unit asked = units.byCode(unitCode);
        DossierStatus next = DossierAction.REQUEST_OPINION.next(before.status(), false);
        DossierRecord after = before.withStatus(next, steps.now());
        return views.view(steps.record(before, after, DossierAction.REQUEST_OPINION,
                asked.nameVi() + ": " + required(question), false, officer, null), true, locale);
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
        byte[] signed = forms.signedResult(before, labelled(before), locale);
        views.results().store(before.id(), signed, Sha256.hex(signed), now);
        DossierRecord after = before.withStatus(next, now).withMilestones(before.submittedAt(), before.decidedAt(),
                now, null, null);
        DossierRecord saved = steps.record(before, after, DossierAction.ISSUE_RESULT, null, true, officer, null);
        steps.publish(new DossierResultIssued(saved.code(), new AccountId(saved.applicantId()), saved.procedureName()));
        return views.view(saved, true, locale);
    }

    @Transactional
    public DossierView deliver(Actor officer, String code, Locale locale) {
        DossierRecord before = handled(officer, code);
        DossierStatus next = DossierAction.DELIVER.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after = before.withStatus(next, now).withMilestones(before.submittedAt(), before.decidedAt(),
                before.resultIssuedAt(), now, null);
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
        DossierRecord after = steps.clock().postpone(before, newDue).withStatus(before.status(), steps.now());
        return views.view(steps.record(before, after, DossierAction.APOLOGISE, required(reason), true, officer, null),
                true, locale);
    }

    private Map<String, String> labelled(DossierRecord dossier) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : views.with().procedures().get(ProcedureCode.of(dossier.procedureCode())).formFields()) {
            String value = dossier.formData().get(field.name());
            if (value != null) {
                values.put(field.labelVi(), value);
            }
        }
        return values;
    }

    private DossierRecord handled(Actor officer, String code) {
        return DossierAccess.handledBy(officer, steps.find(code));
    }

    /** The officer's own units, and for ward staff the ward's one-stop centre, where its dossiers arrive. */
    private List<UUID> unitsOf(Actor officer) {
        List<UUID> ids = new ArrayList<>();
        officer.assignments().forEach(a -> {
            if (a.unitId() != null) {
                ids.add(a.unitId().value());
            }
            if (a.wardCode() != null) {
                units.ofWard(a.wardCode(), UnitKind.SERVICE_CENTRE).ifPresent(u -> ids.add(u.id().value()));
            }
        });
        return ids.stream().distinct().toList();
    }

    private static String required(String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidRequest("problem.dossier.reason-required");
        }
        return text.strip();
    }

}
