package org.opencity.report.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Units;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.RequestRefused;
import org.opencity.report.ReportDesk;
import org.opencity.report.internal.MergeCandidates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions of the officer's report page, each back to the page with a confirmation that names what was done to
 * which report ("Đã giao phản ánh PA-… cho Trần Thị Bình."), or the reason it was refused. Refusals of another
 * unit's report are audited like any other refusal.
 */
@Controller
class ReportDeskStepPageController {

    private final ReportDesk desk;
    private final MergeCandidates mergeCandidates;
    private final Units units;
    private final MessageSource messages;
    private final ProblemWriter problems;
    private final ApplicationEventPublisher events;

    ReportDeskStepPageController(
            ReportDesk desk,
            MergeCandidates mergeCandidates,
            Units units,
            MessageSource messages,
            ProblemWriter problems,
            ApplicationEventPublisher events) {
        this.desk = desk;
        this.mergeCandidates = mergeCandidates;
        this.units = units;
        this.messages = messages;
        this.problems = problems;
        this.events = events;
    }

    @PostMapping("/officer/reports/{number}/assign")
    String assign(
            Actor officer,
            @PathVariable String number,
            @RequestParam UUID assignee,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale) {
        return act(number, redirect, request, locale, () -> {
            desk.assign(officer, number, new AccountId(assignee));
            String name = desk.report(officer, number, locale).assigneeName();
            return said("desk.confirm.assign", locale, number, name);
        });
    }

    @PostMapping("/officer/reports/{number}/start")
    String start(
            Actor officer,
            @PathVariable String number,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale) {
        return act(number, redirect, request, locale, () -> {
            desk.start(officer, number);
            return said("desk.confirm.start", locale, number);
        });
    }

    /** A report sent to a unit the officer does not serve leaves their desk: they go back to the queue. */
    @PostMapping("/officer/reports/{number}/transfer")
    String transfer(
            Actor officer,
            @PathVariable String number,
            @RequestParam String unitCode,
            @RequestParam String reason,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale) {
        String page = act(number, redirect, request, locale, () -> {
            desk.transfer(officer, number, unitCode, reason);
            return said(
                    "desk.confirm.transfer",
                    locale,
                    number,
                    units.byCode(unitCode).name(locale));
        });
        boolean transferred = redirect.getFlashAttributes().containsKey("done");
        return transferred && !officer.canActForUnit(units.byCode(unitCode).id()) ? "redirect:/officer/reports" : page;
    }

    @PostMapping("/officer/reports/{number}/note")
    String note(
            Actor officer,
            @PathVariable String number,
            @RequestParam String text,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale) {
        return act(number, redirect, request, locale, () -> {
            desk.note(officer, number, text);
            return said("desk.confirm.note", locale, number);
        });
    }

    @PostMapping("/officer/reports/{number}/answer")
    String answer(
            Actor officer,
            @PathVariable String number,
            @RequestParam String text,
            @RequestParam(defaultValue = "false") boolean resolve,
            @RequestParam(value = "photos", required = false) List<MultipartFile> photos,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale) {
        return act(number, redirect, request, locale, () -> {
            desk.answer(officer, number, text, Uploads.photos(photos), resolve);
            return said(resolve ? "desk.confirm.resolve" : "desk.confirm.answer", locale, number);
        });
    }

    @PostMapping("/officer/reports/{number}/reject")
    String reject(
            Actor officer,
            @PathVariable String number,
            @RequestParam String reason,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale) {
        return act(number, redirect, request, locale, () -> {
            desk.reject(officer, number, reason);
            return said("desk.confirm.reject", locale, number);
        });
    }

    /** Merges into the report picked from the search; only a report the search could have listed is accepted. */
    @PostMapping("/officer/reports/{number}/merge")
    String merge(
            Actor officer,
            @PathVariable String number,
            @RequestParam String into,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale) {
        return act(number, redirect, request, locale, () -> {
            mergeCandidates.checkTarget(officer, number, into);
            desk.merge(officer, number, into.strip());
            return said("desk.confirm.merge", locale, number, into.strip());
        });
    }

    /** Runs a desk step and leaves its confirmation, or the reason it was refused, for the report's page. */
    private String act(
            String number,
            RedirectAttributes redirect,
            HttpServletRequest request,
            Locale locale,
            Supplier<String> step) {
        try {
            redirect.addFlashAttribute("done", step.get());
        } catch (LocalizedProblem problem) {
            if (problem.status() == HttpStatus.FORBIDDEN) {
                events.publishEvent(RequestRefused.of(request, problem.code(), problem));
            }
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
        }
        return "redirect:/officer/reports/" + number;
    }

    private String said(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
