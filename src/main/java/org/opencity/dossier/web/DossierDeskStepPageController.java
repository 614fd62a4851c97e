package org.opencity.dossier.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.opencity.dossier.DossierDesk;
import org.opencity.dossier.DossierView;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.platform.InvalidRequest;
import org.opencity.shared.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of the one-stop process as forms on the officer's dossier page, each back to the page with a
 * confirmation naming the dossier and what was done ("Đã tiếp nhận hồ sơ HS-…"), or the reason it was refused.
 */
@Controller
class DossierDeskStepPageController {

    /** The hour a postponed result is promised for on its new day, as on the API. */
    private static final int PROMISED_HOUR = 16;

    private final DossierDesk desk;
    private final PageOutcomes outcomes;

    DossierDeskStepPageController(DossierDesk desk, PageOutcomes outcomes) {
        this.desk = desk;
        this.outcomes = outcomes;
    }

    @PostMapping("/officer/dossiers/{code}/{action}")
    String step(
            Actor officer,
            @PathVariable String code,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) UUID assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
            RedirectAttributes redirect,
            Locale locale) {
        return outcomes.redirectSaying("/officer/dossiers/{code}", redirect, () -> {
            DossierView after = switch (action) {
                case "receive" -> desk.receive(officer, code, locale);
                case "return-for-supplement" -> desk.returnForSupplement(officer, code, reason, locale);
                case "not-accept" -> desk.notAccept(officer, code, reason, locale);
                case "assign" -> desk.assign(officer, code, assignee(assignee), locale);
                case "forward" -> desk.forward(officer, code, unitCode, note, locale);
                case "request-opinion" -> desk.requestOpinion(officer, code, unitCode, note, locale);
                case "approve" -> desk.approve(officer, code, note, locale);
                case "refuse" -> desk.refuse(officer, code, reason, locale);
                case "issue-result" -> desk.issueResult(officer, code, locale);
                case "deliver" -> desk.deliver(officer, code, locale);
                case "apologise" ->
                    desk.apologise(
                            officer,
                            code,
                            newDueDate == null
                                    ? null
                                    : newDueDate
                                            .atTime(PROMISED_HOUR, 0)
                                            .atZone(WorkingCalendar.VIETNAM)
                                            .toInstant(),
                            reason,
                            locale);
                default -> throw new InvalidRequest("problem.dossier.bulk-action");
            };
            // Said in words: which dossier, who it went to, where it went, what was asked or why.
            return outcomes.message(
                    "dossier.desk.done." + action,
                    locale,
                    after.assigneeName(),
                    after.unitName(),
                    after.code(),
                    reason != null ? reason.strip() : note == null ? "" : note.strip());
        });
    }

    private static AccountId assignee(UUID id) {
        if (id == null) {
            throw new InvalidRequest("problem.dossier.assignee");
        }
        return new AccountId(id);
    }
}
