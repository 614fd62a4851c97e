package org.opencity.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.StaffManagement;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.opencity.platform.ProblemWriter;
import org.opencity.report.OfficerReport;
import org.opencity.report.QueueQuery;
import org.opencity.report.ReportDesk;
import org.opencity.report.ReportStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's report pages: the unit's queue with deadlines, and one report with every action.
 */
@Controller
class ReportDeskPageController {

    private static final Set<ReportStatus> OPEN =
            Set.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS);

    private final ReportDesk desk;
    private final Units units;
    private final StaffManagement staff;
    private final MessageSource messages;
    private final ProblemWriter problems;

    ReportDeskPageController(
            ReportDesk desk, Units units, StaffManagement staff, MessageSource messages, ProblemWriter problems) {
        this.problems = problems;
        this.desk = desk;
        this.units = units;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/officer/reports")
    String queue(
            Actor officer,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        Set<ReportStatus> statuses = status == null ? OPEN : Set.of(status);
        model.addAttribute(
                "queue",
                desk.queue(
                        officer,
                        new QueueQuery(unit, statuses, null, overdue),
                        new PageQuery(Math.max(0, page), 30),
                        locale));
        model.addAttribute(
                "myUnits",
                officer.assignments().stream()
                        .map(a -> a.unitId())
                        .filter(Objects::nonNull)
                        .distinct()
                        .map(id -> units.byId(id).orElse(null))
                        .filter(Objects::nonNull)
                        .toList());
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ReportStatus.values());
        return "report/desk";
    }

    @GetMapping("/officer/reports/{number}")
    String report(Actor officer, @PathVariable String number, Model model, Locale locale) {
        OfficerReport report = desk.report(officer, number, locale);
        model.addAttribute("r", report);
        model.addAttribute("colleagues", staff.membersOf(officer, new UnitId(report.unitId())));
        return "report/desk-report";
    }

    @PostMapping("/officer/reports/{number}/assign")
    String assign(
            Actor officer,
            @PathVariable String number,
            @RequestParam UUID assignee,
            RedirectAttributes redirect,
            Locale locale) {
        return act(number, redirect, locale, () -> {
            desk.assign(officer, number, new AccountId(assignee));
            return done(
                    "desk.done.assign",
                    locale,
                    desk.report(officer, number, locale).assigneeName());
        });
    }

    @PostMapping("/officer/reports/{number}/start")
    String start(Actor officer, @PathVariable String number, RedirectAttributes redirect, Locale locale) {
        return act(number, redirect, locale, () -> {
            desk.start(officer, number);
            return done("desk.done.start", locale);
        });
    }

    @PostMapping("/officer/reports/{number}/transfer")
    String transfer(
            Actor officer,
            @PathVariable String number,
            @RequestParam String unitCode,
            @RequestParam String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(number, redirect, locale, () -> {
            desk.transfer(officer, number, unitCode, reason);
            return done("desk.done.transfer", locale, units.byCode(unitCode).name(locale));
        });
    }

    @PostMapping("/officer/reports/{number}/note")
    String note(
            Actor officer,
            @PathVariable String number,
            @RequestParam String text,
            RedirectAttributes redirect,
            Locale locale) {
        return act(number, redirect, locale, () -> {
            desk.note(officer, number, text);
            return done("desk.done.note", locale);
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
            Locale locale) {
        return act(number, redirect, locale, () -> {
            desk.answer(officer, number, text, Uploads.photos(photos), resolve);
            return done(resolve ? "desk.done.resolve" : "desk.done.answer", locale);
        });
    }

    @PostMapping("/officer/reports/{number}/reject")
    String reject(
            Actor officer,
            @PathVariable String number,
            @RequestParam String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(number, redirect, locale, () -> {
            desk.reject(officer, number, reason);
            return done("desk.done.reject", locale);
        });
    }

    @PostMapping("/officer/reports/{number}/merge")
    String merge(
            Actor officer,
            @PathVariable String number,
            @RequestParam String into,
            RedirectAttributes redirect,
            Locale locale) {
        return act(number, redirect, locale, () -> {
            desk.merge(officer, number, into);
            return done("desk.done.merge", locale, into.strip());
        });
    }

    /**
     * Runs a desk step and says what it did in words ("Đã giao cho Trần Thị Bình."), or why it was refused.
     */
    private String act(String number, RedirectAttributes redirect, Locale locale, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("done", step.get());
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
        }
        return "redirect:/officer/reports/" + number;
    }

    private String done(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
