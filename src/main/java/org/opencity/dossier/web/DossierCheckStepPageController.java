package org.opencity.dossier.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.internal.DossierProperties;
import org.opencity.identity.Actor;
import org.opencity.platform.LocalizedProblem;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The last step: everything the resident gave, with a way back to each step, what is still missing if anything,
 * then sending. Sending is a POST and may come twice (a double click, the back button): a dossier already sent is
 * not sent again, and the resident lands on its page as the first time.
 */
@Controller
class DossierCheckStepPageController {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierManagement dossiers;
    private final ApplyPages pages;
    private final DossierProperties properties;
    private final PageOutcomes outcomes;

    DossierCheckStepPageController(
            DossierManagement dossiers, ApplyPages pages, DossierProperties properties, PageOutcomes outcomes) {
        this.dossiers = dossiers;
        this.pages = pages;
        this.properties = properties;
        this.outcomes = outcomes;
    }

    @GetMapping("/dossiers/{code}/apply/check")
    String check(Actor resident, @PathVariable String code, Model model, Locale locale) {
        Optional<DossierView> dossier = pages.editable(resident, code, locale);
        if (dossier.isEmpty()) {
            return ApplyPages.DOSSIER_PAGE;
        }
        pages.describe(model, dossier.get(), locale);
        return "dossier/check";
    }

    @PostMapping("/dossiers/{code}/apply/send")
    String send(Actor resident, @PathVariable String code, RedirectAttributes redirect, Locale locale) {
        try {
            DossierView before = dossiers.view(resident.id(), code, locale);
            DossierView sent = switch (before.status()) {
                case DRAFT -> dossiers.submit(resident.id(), code, locale);
                case RETURNED -> dossiers.resubmit(resident.id(), code, locale);
                default -> before;
            };
            if (sent.status() == DossierStatus.SUBMITTED || before.status() == DossierStatus.RETURNED) {
                redirect.addFlashAttribute("done", sentMessage(sent, locale));
            }
            return ApplyPages.DOSSIER_PAGE;
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", outcomes.message(problem, locale));
            return ApplyStep.CHECK.redirect();
        }
    }

    /**
     * What happened, with the code to quote and when the result is due: a date once the desk's clock runs (a
     * dossier completed after reception), before that the legal time counted from reception.
     */
    private String sentMessage(DossierView sent, Locale locale) {
        String due = sent.dueAt() != null
                ? outcomes.message(
                        "dossier.guided.sent.due",
                        locale,
                        DAY_AND_TIME.format(sent.dueAt().atZone(WorkingCalendar.VIETNAM)))
                : outcomes.message(
                        "dossier.guided.sent.days",
                        locale,
                        sent.processingDays() != null ? sent.processingDays() : properties.defaultProcessingDays());
        String key = sent.status() == DossierStatus.SUBMITTED ? "dossier.guided.sent" : "dossier.guided.resent";
        return outcomes.message(key, locale, sent.code(), sent.unitName(), due);
    }
}
