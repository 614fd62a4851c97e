package org.opencity.assistant.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.assistant.AssistantAuditAction;
import org.opencity.assistant.internal.faq.FaqChangedMeanwhile;
import org.opencity.assistant.internal.faq.FaqCodes;
import org.opencity.assistant.internal.faq.FaqEntries;
import org.opencity.assistant.internal.faq.FaqEntry;
import org.opencity.assistant.internal.faq.FaqNotFound;
import org.opencity.assistant.internal.review.ProcedureAliases;
import org.opencity.assistant.internal.review.ReviewQuestions;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.FormErrors;
import org.opencity.platform.LocalizedProblem;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the administrators keep the assistant answering from: the FAQ (list, edit, retire) and the review of the
 * questions it answered badly, where a group of questions becomes an FAQ entry or words attached to a procedure in
 * two clicks. Every change is audited. ({@code /admin/**} is for administrators: identity's security rules.)
 */
@Controller
class AssistantAdminPageController {

    private static final int REVIEW_GROUPS = 50;

    private final FaqEntries faq;
    private final ReviewQuestions review;
    private final ProcedureAliases aliases;
    private final ProcedureCatalogue catalogue;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    AssistantAdminPageController(
            FaqEntries faq,
            ReviewQuestions review,
            ProcedureAliases aliases,
            ProcedureCatalogue catalogue,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.faq = faq;
        this.review = review;
        this.aliases = aliases;
        this.catalogue = catalogue;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/assistant/faq")
    String list(Model model) {
        LocalDate today = today();
        model.addAttribute("entries", faq.all());
        model.addAttribute("today", today);
        return "assistant/admin-faq";
    }

    /** A new entry; from the review page its question variants come filled in. */
    @GetMapping("/admin/assistant/faq/new")
    String create(@RequestParam(name = "q", required = false) List<String> questions, Model model) {
        FaqForm form = FaqForm.blank(
                FaqCodes.next(faq.all()),
                questions == null ? List.of() : questions.stream().limit(20).toList(),
                today());
        return edit(model, form, FormErrors.none(), true);
    }

    @GetMapping("/admin/assistant/faq/{code}")
    String edit(@PathVariable String code, Model model) {
        FaqEntry entry = faq.find(code).orElseThrow(() -> new FaqNotFound(code));
        return edit(model, FaqForm.of(entry), FormErrors.none(), false);
    }

    @PostMapping("/admin/assistant/faq")
    String save(
            Actor administrator,
            @ModelAttribute FaqForm form,
            @RequestParam(defaultValue = "false") boolean creating,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        FormErrors errors = form.check(messages, locale);
        if (!form.code().matches("FAQ-\\d{3}")) {
            errors.add("questions", messages.getMessage("assistant.faq.problem.code", null, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return edit(model, form, errors, creating);
        }
        try {
            FaqEntry saved = faq.save(form.entry());
            audit.record(
                    administrator,
                    AssistantAuditAction.ASSISTANT_FAQ_SAVED,
                    "faq",
                    saved.code(),
                    null,
                    Map.of("version", saved.version()));
            redirect.addFlashAttribute(
                    "done", messages.getMessage("assistant.faq.done.saved", new Object[] {saved.code()}, locale));
            return "redirect:/admin/assistant/faq";
        } catch (FaqChangedMeanwhile meanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.add("questions", messages.getMessage("assistant.faq.problem.meanwhile", null, locale));
            return edit(model, form, errors, creating);
        }
    }

    @PostMapping("/admin/assistant/faq/{code}/retire")
    String retire(
            Actor administrator,
            @PathVariable String code,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            FaqEntry retired = faq.retire(code, version);
            audit.record(
                    administrator,
                    AssistantAuditAction.ASSISTANT_FAQ_RETIRED,
                    "faq",
                    code,
                    null,
                    Map.of("until", retired.validTo().toString()));
            redirect.addFlashAttribute(
                    "done", messages.getMessage("assistant.faq.done.retired", new Object[] {code}, locale));
        } catch (FaqChangedMeanwhile meanwhile) {
            redirect.addFlashAttribute("problem", messages.getMessage("assistant.faq.problem.meanwhile", null, locale));
        }
        return "redirect:/admin/assistant/faq";
    }

    @GetMapping("/admin/assistant/review")
    String review(Model model, Locale locale) {
        var groups = review.groups(REVIEW_GROUPS);
        Map<String, String> names = new HashMap<>();
        groups.stream()
                .flatMap(group -> group.offeredCodes().stream())
                .distinct()
                .forEach(code -> {
                    if (code.startsWith("FAQ-")) {
                        faq.find(code)
                                .filter(entry -> !entry.questions().isEmpty())
                                .ifPresent(entry ->
                                        names.put(code, entry.questions().get(0)));
                    } else if (code.matches("\\d{1,3}\\.\\d{1,8}")) {
                        catalogue
                                .find(ProcedureCode.of(code))
                                .ifPresent(procedure -> names.put(code, procedure.name(locale)));
                    }
                });
        model.addAttribute("groups", groups);
        model.addAttribute("names", names);
        return "assistant/admin-review";
    }

    /** The second click of the review: the group's questions become words of the chosen procedure. */
    @PostMapping("/admin/assistant/review/alias")
    String attach(
            Actor administrator,
            @RequestParam String procedureCode,
            @RequestParam(name = "q") List<String> questions,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            int added = aliases.attach(
                    administrator, procedureCode, questions.stream().limit(20).toList());
            redirect.addFlashAttribute(
                    "done",
                    messages.getMessage(
                            "assistant.review.done.alias",
                            new Object[] {
                                added, catalogue.get(procedureCode.strip()).name(locale)
                            },
                            locale));
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        return "redirect:/admin/assistant/review";
    }

    private String edit(Model model, FaqForm form, FormErrors errors, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("creating", creating);
        return "assistant/admin-faq-edit";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.VIETNAM);
    }
}
