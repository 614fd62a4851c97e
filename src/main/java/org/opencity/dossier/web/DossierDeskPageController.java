package org.opencity.dossier.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencity.dossier.DossierAction;
import org.opencity.dossier.DossierBulk;
import org.opencity.dossier.DossierDesk;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.OneStopForm;
import org.opencity.identity.Actor;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-stop desk's pages: the queue of the officer's units by deadline (with receiving many at once), and one
 * dossier with the forms of the steps its status allows. The steps are in {@link DossierDeskStepPageController}.
 */
@Controller
class DossierDeskPageController {

    private static final int PAGE_SIZE = 30;
    private static final Set<String> KNOWN_OUTCOMES =
            Set.of("OK", "dossier-not-found", "dossier-step-not-allowed", "dossier-changed-meanwhile");

    private final DossierDesk desk;
    private final DossierBulk bulk;
    private final ProcedureCatalogue catalogue;
    private final DeskChoices choices;
    private final PageOutcomes outcomes;

    DossierDeskPageController(
            DossierDesk desk,
            DossierBulk bulk,
            ProcedureCatalogue catalogue,
            DeskChoices choices,
            PageOutcomes outcomes) {
        this.desk = desk;
        this.bulk = bulk;
        this.catalogue = catalogue;
        this.choices = choices;
        this.outcomes = outcomes;
    }

    @GetMapping("/officer/dossiers")
    String queue(
            Actor officer,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("queue", desk.queue(officer, status, overdue, new PageQuery(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute(
                "statuses",
                Arrays.stream(DossierStatus.values())
                        .filter(s -> s != DossierStatus.DRAFT)
                        .toList());
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        return "dossier/desk";
    }

    /** Receives the ticked dossiers, each on its own; the page lists what happened to every one. */
    @PostMapping("/officer/dossiers/bulk")
    String bulk(
            Actor officer,
            @RequestParam(required = false) List<String> codes,
            @RequestParam(defaultValue = "RECEIVE") DossierAction action,
            RedirectAttributes redirect,
            Locale locale) {
        Map<String, String> outcome = new LinkedHashMap<>();
        try {
            bulk.apply(officer, action, codes == null ? List.of() : codes, null, locale)
                    .forEach((code, result) -> outcome.put(code, outcomes.message(outcomeKey(result), locale)));
        } catch (LocalizedProblem refused) {
            redirect.addFlashAttribute("problem", outcomes.message(refused, locale));
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/officer/dossiers";
    }

    /** The bulk service answers with problem codes; the page says them in words, the usual ones precisely. */
    private static String outcomeKey(String result) {
        return KNOWN_OUTCOMES.contains(result) ? "dossier.bulk.outcome." + result : "dossier.bulk.outcome.other";
    }

    @GetMapping("/officer/dossiers/{code}")
    String dossier(Actor officer, @PathVariable String code, Model model, Locale locale) {
        DossierView view = desk.view(officer, code, locale);
        model.addAttribute("d", view);
        model.addAttribute(
                "procedure",
                catalogue.find(ProcedureCode.of(view.procedureCode())).orElse(null));
        model.addAttribute("actions", actions(view));
        model.addAttribute("colleagues", choices.colleagues(officer, view.unitId()));
        model.addAttribute("departments", choices.departments());
        model.addAttribute("forms", officerForms(view));
        return "dossier/desk-dossier";
    }

    /** The officers' steps the dossier's status allows; an apology only once it is late. */
    private static List<DossierAction> actions(DossierView view) {
        return Arrays.stream(DossierAction.values())
                .filter(a -> a.byOfficer() && a.allowedFrom(view.status()))
                .filter(a -> a != DossierAction.APOLOGISE || view.timeliness().late())
                .toList();
    }

    private static List<OneStopForm> officerForms(DossierView view) {
        List<OneStopForm> forms = new ArrayList<>(DossierPageController.applicantForms(view));
        if (view.receivedAt() != null) {
            forms.add(OneStopForm.CONTROL_SHEET);
        }
        return forms;
    }
}
