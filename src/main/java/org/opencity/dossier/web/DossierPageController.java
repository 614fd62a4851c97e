package org.opencity.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.DossierAction;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.NewDossier;
import org.opencity.dossier.OneStopForm;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.platform.FormErrors;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The resident's dossier pages: the first step of applying (the form, which starts a draft), "my dossiers", and one
 * dossier with where it stands and what can be done to it now. The other steps of applying are in the
 * {@code Dossier*StepPageController}s; what officers do, in the desk controllers.
 */
@Controller
class DossierPageController {

    private static final String HANOI = "01";

    private final DossierManagement dossiers;
    private final ProcedureCatalogue catalogue;
    private final AdministrativeUnits geography;
    private final AccountManagement accounts;
    private final FormAnswerCheck answers;
    private final PageOutcomes outcomes;

    DossierPageController(
            DossierManagement dossiers,
            ProcedureCatalogue catalogue,
            AdministrativeUnits geography,
            AccountManagement accounts,
            FormAnswerCheck answers,
            PageOutcomes outcomes) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.geography = geography;
        this.accounts = accounts;
        this.answers = answers;
        this.outcomes = outcomes;
    }

    @GetMapping("/dossiers")
    String mine(Actor resident, Model model) {
        model.addAttribute("mine", dossiers.mine(resident.id()));
        return "dossier/mine";
    }

    /** The submission key is made here, once per form shown: a double click or a re-post finds the same draft. */
    @GetMapping("/dossiers/new")
    String form(Actor resident, @RequestParam String procedure, Model model) {
        Account account = accounts.account(resident.id());
        return newPage(
                model,
                account,
                catalogue.get(procedure),
                account.homeWardCode(),
                Map.of(),
                UUID.randomUUID().toString(),
                FormErrors.none());
    }

    /**
     * The form step of a new dossier: checked field by field first, so every problem is shown at once with what was
     * typed; only a complete form starts the draft, and the resident goes on to attach the papers.
     */
    @PostMapping("/dossiers")
    String start(
            Actor resident,
            @RequestParam String procedure,
            @RequestParam(required = false) String ward,
            @RequestParam String submissionKey,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale) {
        Account account = accounts.account(resident.id());
        Procedure chosen = catalogue.get(procedure);
        Map<String, String> typed = FormValues.of(params);
        // The same key again after a problem, so a second try still finds the one draft; a key no page makes gets a
        // fresh one.
        String key = submissionKey.isBlank() || submissionKey.length() > 100
                ? UUID.randomUUID().toString()
                : submissionKey;
        FormErrors errors = FormErrors.none();
        if (levelNeeded(account, chosen) != null) {
            return newPage(model, account, chosen, ward, typed, key, errors);
        }
        if (wards().stream().noneMatch(w -> w.code().equals(ward))) {
            errors.add("ward", outcomes.message("problem.dossier.ward", locale));
        }
        Map<String, String> values = answers.check(chosen, typed, errors, locale);
        if (!errors.isEmpty()) {
            return newPage(model, account, chosen, ward, typed, key, errors);
        }
        try {
            DossierView draft = dossiers.start(new NewDossier(resident.id(), procedure, ward, values, key), locale);
            return "redirect:" + ApplyStep.DOCUMENTS.pathOf(draft.code());
        } catch (LocalizedProblem problem) {
            model.addAttribute("problem", outcomes.message(problem, locale));
            return newPage(model, account, chosen, ward, typed, key, errors);
        }
    }

    @GetMapping("/dossiers/{code}")
    String dossier(Actor resident, @PathVariable String code, Model model, Locale locale) {
        DossierView view = dossiers.view(resident.id(), code, locale);
        Procedure procedure =
                catalogue.find(ProcedureCode.of(view.procedureCode())).orElse(null);
        boolean editable = ApplyPages.editable(view);
        model.addAttribute("d", view);
        model.addAttribute("procedure", procedure);
        model.addAttribute("editable", editable);
        // A draft or a dossier sent back goes on where something is still missing.
        model.addAttribute(
                "resume",
                editable ? WhatIsMissing.of(view, procedure, locale).firstStep().pathOf(view.code()) : null);
        model.addAttribute("canWithdraw", DossierAction.WITHDRAW.allowedFrom(view.status()));
        model.addAttribute("forms", applicantForms(view));
        model.addAttribute(
                "canRate",
                !view.rated()
                        && (view.status() == DossierStatus.RESULT_ISSUED || view.status() == DossierStatus.DELIVERED));
        return "dossier/dossier";
    }

    /** Told before filling anything, not after: the form is not shown to an account that could not send it. */
    private static Integer levelNeeded(Account account, Procedure procedure) {
        int needed = procedure.minimumIdentityLevel();
        return account.identityLevel() < needed ? needed : null;
    }

    private List<Ward> wards() {
        return geography.wardsOf(HANOI, new PageQuery(0, PageQuery.MAX_SIZE)).items();
    }

    private String newPage(
            Model model,
            Account account,
            Procedure procedure,
            String ward,
            Map<String, String> values,
            String submissionKey,
            FormErrors errors) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("levelNeeded", levelNeeded(account, procedure));
        model.addAttribute("wards", wards());
        model.addAttribute("ward", ward);
        model.addAttribute("values", values);
        model.addAttribute("submissionKey", submissionKey);
        model.addAttribute("formErrors", errors);
        model.addAttribute("formAction", "/dossiers");
        return "dossier/new";
    }

    /** The one-stop papers the applicant has been given so far. */
    static List<OneStopForm> applicantForms(DossierView view) {
        List<OneStopForm> forms = new ArrayList<>();
        if (view.receivedAt() != null) {
            forms.add(OneStopForm.RECEIPT);
        }
        if (view.status() == DossierStatus.RETURNED) {
            forms.add(OneStopForm.SUPPLEMENT);
        }
        if (view.status() == DossierStatus.NOT_ACCEPTED) {
            forms.add(OneStopForm.NOT_ACCEPTED);
        }
        if (view.receivedAt() != null && view.history().stream().anyMatch(s -> s.action() == DossierAction.APOLOGISE)) {
            forms.add(OneStopForm.APOLOGY);
        }
        return forms;
    }
}
