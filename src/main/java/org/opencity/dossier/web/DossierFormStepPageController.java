package org.opencity.dossier.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierView;
import org.opencity.identity.Actor;
import org.opencity.platform.FormErrors;
import org.opencity.platform.LocalizedProblem;
import org.opencity.procedure.Procedure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form step again, for a dossier already started: changed from the check page ("Sửa") or completed when the
 * desk sent it back. Checked field by field as when it was first filled in.
 */
@Controller
class DossierFormStepPageController {

    private final DossierManagement dossiers;
    private final ApplyPages pages;
    private final FormAnswerCheck answers;
    private final PageOutcomes outcomes;

    DossierFormStepPageController(
            DossierManagement dossiers, ApplyPages pages, FormAnswerCheck answers, PageOutcomes outcomes) {
        this.dossiers = dossiers;
        this.pages = pages;
        this.answers = answers;
        this.outcomes = outcomes;
    }

    /** @param from "check" when the resident came from the check page, where saving takes them back */
    @GetMapping("/dossiers/{code}/apply/form")
    String form(
            Actor resident,
            @PathVariable String code,
            @RequestParam(required = false) String from,
            Model model,
            Locale locale) {
        Optional<DossierView> dossier = pages.editable(resident, code, locale);
        if (dossier.isEmpty()) {
            return ApplyPages.DOSSIER_PAGE;
        }
        return page(model, dossier.get(), dossier.get().form(), FormErrors.none(), "check".equals(from), locale);
    }

    @PostMapping("/dossiers/{code}/apply/form")
    String save(
            Actor resident,
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale) {
        Optional<DossierView> dossier = pages.editable(resident, code, locale);
        if (dossier.isEmpty()) {
            return ApplyPages.DOSSIER_PAGE;
        }
        boolean backToCheck = "check".equals(from);
        Map<String, String> typed = FormValues.of(params);
        Procedure procedure = pages.procedureOf(dossier.get());
        FormErrors errors = FormErrors.none();
        Map<String, String> values = procedure == null ? typed : answers.check(procedure, typed, errors, locale);
        if (!errors.isEmpty()) {
            return page(model, dossier.get(), typed, errors, backToCheck, locale);
        }
        try {
            dossiers.updateForm(resident.id(), code, values, locale);
        } catch (LocalizedProblem problem) {
            model.addAttribute("problem", outcomes.message(problem, locale));
            return page(model, dossier.get(), typed, errors, backToCheck, locale);
        }
        return (backToCheck ? ApplyStep.CHECK : ApplyStep.DOCUMENTS).redirect();
    }

    private String page(
            Model model,
            DossierView dossier,
            Map<String, String> values,
            FormErrors errors,
            boolean backToCheck,
            Locale locale) {
        pages.describe(model, dossier, locale);
        model.addAttribute("values", values);
        model.addAttribute("formErrors", errors);
        model.addAttribute("formAction", ApplyStep.FORM.pathOf(dossier.code()) + (backToCheck ? "?from=check" : ""));
        return "dossier/new";
    }
}
