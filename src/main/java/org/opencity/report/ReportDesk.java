package org.opencity.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.report.internal.ReportFilter;
import org.opencity.report.internal.ReportRecord;
import org.opencity.report.internal.ReportViews;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side: work queues per unit and every action on a report. Only officers of the unit that holds
 * the report (or city operators) may act, and every action is audited.
 */
@Service
public class ReportDesk {

    private static final Set<Role> HANDLERS =
            Set.of(Role.WARD_OFFICER, Role.DEPARTMENT_OFFICER, Role.CITY_OPERATOR, Role.ADMINISTRATOR);

    private final ReportSteps steps;
    private final ReportViews views;
    private final Units units;
    private final Actors actors;
    private final AuditTrail audit;
    private final AccountManagement accounts;
    private final Clock clock;

    ReportDesk(
            ReportSteps steps,
            ReportViews views,
            Units units,
            Actors actors,
            AuditTrail audit,
            AccountManagement accounts,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.steps = steps;
        this.views = views;
        this.units = units;
        this.actors = actors;
        this.audit = audit;
    }

    /** The module's audit actions, for the audit log's catalogue. */
    @Bean
    static AuditActions reportAuditActions() {
        return AuditActions.of("audit.module.report", ReportAuditAction.class);
    }

    @Transactional(readOnly = true)
    public PageResponse<ReportSummary> queue(Actor officer, QueueQuery query, PageQuery page, Locale locale) {
        requireHandler(officer);
        ReportFilter filter = new ReportFilter()
                .statuses(query.statuses())
                .category(query.categoryCode())
                .byDeadline();
        if (query.unitCode() != null && !query.unitCode().isBlank()) {
            Unit unit = units.byCode(query.unitCode());
            requireUnit(officer, unit.id().value());
            filter.units(List.of(unit.id().value()));
        } else if (!officer.isCityWide()) {
            filter.units(officer.assignments().stream()
                    .filter(a -> a.unitId() != null)
                    .map(a -> a.unitId().value())
                    .toList());
        }
        if (query.overdueOnly()) {
            filter.overdueAt(clock.instant());
        }
        return PageResponse.of(
                views.summaries(steps.reports().select(filter, page.size(), page.offset()), locale),
                page,
                steps.reports().count(filter));
    }

    @Transactional(readOnly = true)
    public OfficerReport report(Actor officer, String number, Locale locale) {
        ReportRecord report = handled(officer, number);
        String assignee = report.assigneeId() == null
                ? null
                : actors.actor(new AccountId(report.assigneeId()))
                        .map(Actor::displayName)
                        .orElse(null);
        return views.officerView(report, locale, assignee, reporter(report));
    }

    /** The reporter as the handling officers may reach them: the account's details, or the contact given. */
    private Contact reporter(ReportRecord report) {
        if (report.reporterId() == null) {
            return new Contact(report.reporterName(), report.reporterEmail(), report.reporterPhone());
        }
        Account account = accounts.account(new AccountId(report.reporterId()));
        return new Contact(account.displayName(), account.email(), account.phone());
    }

    @Transactional
    public void assign(Actor officer, String number, AccountId assignee) {
        ReportRecord report = handled(officer, number);
        // Each step refuses a status that does not allow it (ReportStepNotAllowed) before anything else is checked.
        ReportStep.ASSIGNED.next(report.status());
        Actor person = actors.actor(assignee).orElseThrow(() -> new InvalidRequest("problem.report.assignee-invalid"));
        if (person.assignments().stream().noneMatch(a -> report.unitId().equals(valueOf(a.unitId())))) {
            throw new InvalidRequest("problem.report.assignee-invalid");
        }
        Instant now = clock.instant();
        ReportStatus next = ReportStep.ASSIGNED.next(report.status());
        ReportRecord after = report.withUnit(report.unitId(), assignee.value()).withStatus(next, null, now);
        long stepId = steps.record(
                report, after, ReportStep.ASSIGNED, null, false, officer.id().value(), null);
        audited(officer, ReportAuditAction.REPORT_ASSIGNED, report, Map.of("assignee", assignee.toString()));
        steps.publish(
                new ReportAssigned(new ReportId(report.id()), number, assignee, report.categoryCode(), now, stepId));
    }

    @Transactional
    public void start(Actor officer, String number) {
        ReportRecord report = handled(officer, number);
        ReportStatus next = ReportStep.IN_PROGRESS.next(report.status());
        if (report.status() == next) {
            return;
        }
        steps.record(
                report,
                report.withStatus(next, null, clock.instant()),
                ReportStep.IN_PROGRESS,
                null,
                false,
                officer.id().value(),
                null);
        audited(officer, ReportAuditAction.REPORT_STARTED, report, Map.of());
    }

    @Transactional
    public void transfer(Actor officer, String number, String unitCode, String reason) {
        ReportRecord report = handled(officer, number);
        ReportStep.TRANSFERRED.next(report.status());
        Unit target = units.byCode(unitCode);
        String why = required(reason);
        if (target.id().value().equals(report.unitId())) {
            throw new InvalidRequest("problem.report.same-unit");
        }
        ReportRecord after = report.withUnit(target.id().value(), null)
                .withStatus(ReportStep.TRANSFERRED.next(report.status()), why, clock.instant());
        steps.record(
                report, after, ReportStep.TRANSFERRED, why, false, officer.id().value(), null);
        audited(officer, ReportAuditAction.REPORT_TRANSFERRED, report, Map.of("to", target.code(), "reason", why));
    }

    @Transactional
    public void note(Actor officer, String number, String text) {
        ReportRecord report = handled(officer, number);
        String note = required(text);
        steps.record(
                report,
                report.touched(clock.instant()),
                ReportStep.NOTE,
                note,
                true,
                officer.id().value(),
                null);
        audited(officer, ReportAuditAction.REPORT_NOTE_ADDED, report, Map.of());
    }

    /** A public answer, with photos of the fix; {@code resolve} marks the problem solved. */
    @Transactional
    public void answer(Actor officer, String number, String text, List<UploadedPhoto> fixPhotos, boolean resolve) {
        ReportRecord report = handled(officer, number);
        ReportStep.ANSWERED.next(report.status());
        String answer = required(text);
        var photos = steps.checkPhotos(fixPhotos == null ? List.of() : fixPhotos);
        ReportStep step = resolve ? ReportStep.RESOLVED : ReportStep.ANSWERED;
        ReportRecord after = report.withStatus(step.next(report.status()), null, clock.instant());
        steps.record(report, after, step, answer, false, officer.id().value(), photos);
        audited(
                officer,
                resolve ? ReportAuditAction.REPORT_RESOLVED : ReportAuditAction.REPORT_ANSWERED,
                report,
                Map.of("photos", photos.size()));
    }

    @Transactional
    public void reject(Actor officer, String number, String reason) {
        ReportRecord report = handled(officer, number);
        ReportStep.REJECTED.next(report.status());
        String why = required(reason);
        steps.record(
                report,
                report.withStatus(ReportStep.REJECTED.next(report.status()), why, clock.instant()),
                ReportStep.REJECTED,
                why,
                false,
                officer.id().value(),
                null);
        audited(officer, ReportAuditAction.REPORT_REJECTED, report, Map.of("reason", why));
    }

    /** Closes a duplicate into the original; its reporter and supporters follow the original from now on. */
    @Transactional
    public void merge(Actor officer, String number, String intoNumber) {
        ReportRecord duplicate = handled(officer, number);
        ReportStep.MERGED.next(duplicate.status());
        ReportRecord original = steps.find(intoNumber);
        // Merging moves the reporter and supporters onto the original: only into a report the officer may handle,
        // whichever door (page or API) the merge comes through.
        if (!officer.canActForUnit(new UnitId(original.unitId()))) {
            throw new NotAllowed("report", original.number());
        }
        if (original.id().equals(duplicate.id()) || !original.status().beingHandled()) {
            throw new InvalidRequest("problem.report.merge-target-invalid");
        }
        Instant now = clock.instant();
        ReportRecord closed = duplicate
                .withDuplicateOf(original.id())
                .withStatus(ReportStep.MERGED.next(duplicate.status()), original.number(), now);
        steps.record(
                duplicate,
                closed,
                ReportStep.MERGED,
                original.number(),
                false,
                officer.id().value(),
                null);
        if (duplicate.reporterId() != null) {
            steps.reports().addSupporter(original.id(), duplicate.reporterId());
        }
        steps.reports().supporters(duplicate.id()).forEach(s -> steps.reports().addSupporter(original.id(), s));
        audited(officer, ReportAuditAction.REPORT_MERGED, duplicate, Map.of("into", original.number()));
    }

    private ReportRecord handled(Actor officer, String number) {
        requireHandler(officer);
        ReportRecord report = steps.find(number);
        requireUnit(officer, report.unitId());
        return report;
    }

    private static void requireHandler(Actor officer) {
        if (HANDLERS.stream().noneMatch(officer::hasRole)) {
            throw new NotAllowed();
        }
    }

    private static void requireUnit(Actor officer, UUID unit) {
        if (!officer.canActForUnit(new UnitId(unit))) {
            throw new NotAllowed();
        }
    }

    private static String required(String text) {
        if (text == null || text.isBlank() || text.length() > ReportManagement.MAX_DESCRIPTION) {
            throw new InvalidRequest("problem.report.text-required", ReportManagement.MAX_DESCRIPTION);
        }
        return text.strip();
    }

    private static UUID valueOf(UnitId id) {
        return id == null ? null : id.value();
    }

    private void audited(Actor officer, ReportAuditAction action, ReportRecord report, Map<String, Object> details) {
        audit.record(officer, action, "report", report.number(), new UnitId(report.unitId()), details);
    }
}
