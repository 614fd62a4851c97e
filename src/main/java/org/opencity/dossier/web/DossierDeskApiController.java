package org.opencity.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.DossierAction;
import org.opencity.dossier.DossierBulk;
import org.opencity.dossier.DossierDesk;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.DossierSummary;
import org.opencity.dossier.DossierView;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.shared.WorkingCalendar;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-stop desk and the processing officers: queue by deadline, one dossier, each step, bulk steps.
 */
@RestController
@RequestMapping("/api/v1/desk/dossiers")
@Tag(name = "Dossier desk", description = "Receiving and processing dossiers (officers)")
class DossierDeskApiController {

    private final DossierDesk desk;
    private final DossierBulk bulk;

    DossierDeskApiController(DossierDesk desk, DossierBulk bulk) {
        this.desk = desk;
        this.bulk = bulk;
    }

    @GetMapping
    @Operation(summary = "Dossiers of my units, nearest deadline first; overdue=true for late ones only")
    PageResponse<DossierSummary> queue(
            Actor officer,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return desk.queue(officer, status, overdue, PageQuery.of(page, size));
    }

    @GetMapping("/{code}")
    DossierView one(Actor officer, @PathVariable String code, Locale locale) {
        return desk.view(officer, code, locale);
    }

    @PostMapping("/{code}/{action}")
    @Operation(
            summary = "A step: receive, return-for-supplement (reason), not-accept (reason), assign (assigneeId), "
                    + "forward (unitCode, note), request-opinion (unitCode, note), approve (note), refuse (reason), "
                    + "issue-result, deliver, apologise (newDueDate, reason)")
    DossierView step(
            Actor officer,
            @PathVariable String code,
            @PathVariable String action,
            @RequestBody(required = false) Step body,
            Locale locale) {
        Step step = body == null ? new Step(null, null, null, null, null) : body;
        return switch (action) {
            case "receive" -> desk.receive(officer, code, locale);
            case "return-for-supplement" -> desk.returnForSupplement(officer, code, step.reason(), locale);
            case "not-accept" -> desk.notAccept(officer, code, step.reason(), locale);
            case "assign" -> desk.assign(officer, code, assignee(step.assigneeId()), locale);
            case "forward" -> desk.forward(officer, code, step.unitCode(), step.note(), locale);
            case "request-opinion" -> desk.requestOpinion(officer, code, step.unitCode(), step.note(), locale);
            case "approve" -> desk.approve(officer, code, step.note(), locale);
            case "refuse" -> desk.refuse(officer, code, step.reason(), locale);
            case "issue-result" -> desk.issueResult(officer, code, locale);
            case "deliver" -> desk.deliver(officer, code, locale);
            case "apologise" ->
                desk.apologise(
                        officer,
                        code,
                        step.newDueDate() == null
                                ? null
                                : step.newDueDate()
                                        .atTime(16, 0)
                                        .atZone(WorkingCalendar.VIETNAM)
                                        .toInstant(),
                        step.reason(),
                        locale);
            default -> throw new InvalidRequest("problem.dossier.bulk-action");
        };
    }

    @PostMapping("/bulk")
    @Operation(summary = "Receive or assign many dossiers; the answer says, per dossier, OK or why not")
    Map<String, String> bulk(Actor officer, @RequestBody Bulk request, Locale locale) {
        return bulk.apply(
                officer,
                request.action(),
                request.codes(),
                request.assigneeId() == null ? null : new AccountId(request.assigneeId()),
                locale);
    }

    private static AccountId assignee(UUID id) {
        if (id == null) {
            throw new InvalidRequest("problem.dossier.assignee");
        }
        return new AccountId(id);
    }

    record Step(
            @Size(max = 2000) String reason,
            @Size(max = 2000) String note,
            @Size(max = 40) String unitCode,
            UUID assigneeId,
            LocalDate newDueDate) {}

    record Bulk(
            @NotNull DossierAction action,
            @NotNull @Size(max = DossierBulk.MAX) List<String> codes,
            UUID assigneeId) {}
}
