package org.opencity.dossier.web;

import java.util.Locale;
import java.util.Optional;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierView;
import org.opencity.identity.Actor;
import org.opencity.platform.LocalizedProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fee step: what the procedure costs, as the catalogue says, and how it is paid — nothing for a free one;
 * otherwise online here, before sending, or an exemption claimed for the desk to check at reception.
 */
@Controller
class DossierFeeStepPageController {

    private final DossierManagement dossiers;
    private final ApplyPages pages;
    private final PageOutcomes outcomes;

    DossierFeeStepPageController(DossierManagement dossiers, ApplyPages pages, PageOutcomes outcomes) {
        this.dossiers = dossiers;
        this.pages = pages;
        this.outcomes = outcomes;
    }

    @GetMapping("/dossiers/{code}/apply/fee")
    String fee(Actor resident, @PathVariable String code, Model model, Locale locale) {
        Optional<DossierView> dossier = pages.editable(resident, code, locale);
        if (dossier.isEmpty()) {
            return ApplyPages.DOSSIER_PAGE;
        }
        pages.describe(model, dossier.get(), locale);
        return "dossier/fee";
    }

    /** Settled, the resident goes on to check and send; settling twice changes nothing. */
    @PostMapping("/dossiers/{code}/apply/fee")
    String settle(
            Actor resident,
            @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean exemption,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            dossiers.settleFee(resident.id(), code, exemption, locale);
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", outcomes.message(problem, locale));
            return ApplyStep.FEE.redirect();
        }
        redirect.addFlashAttribute(
                "done", outcomes.message(exemption ? "dossier.done.exemption" : "dossier.done.paid", locale));
        return ApplyStep.CHECK.redirect();
    }
}
