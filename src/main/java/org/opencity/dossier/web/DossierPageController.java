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
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
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
 * The resident's dossier pages: start one from a procedure, "my dossiers", and one dossier with everything that
 * can be done to it now. The steps themselves are in {@link DossierStepPageController}.
 */
@Controller
class DossierPageController {

    private static final String HANOI = "01";

    private final DossierManagement dossiers;
    private final ProcedureCatalogue catalogue;
    private final AdministrativeUnits geography;
    private final AccountManagement accounts;
    private final PageOutcomes outcomes;

    DossierPageController(
            DossierManagement dossiers,
            ProcedureCatalogue catalogue,
            AdministrativeUnits geography,
            AccountManagement accounts,
            PageOutcomes outcomes) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.geography = geography;
        this.accounts = accounts;
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
        String homeWard = account.homeWardCode();
        // Told before filling anything, not after: the form is not shown to an account that could not send it.
        int needed = catalogue.get(procedure).minimumIdentityLevel();
        model.addAttribute("levelNeeded", account.identityLevel() < needed ? needed : null);
        return newPage(
                model,
                catalogue.get(procedure),
                homeWard,
                Map.of(),
                UUID.randomUUID().toString(),
                null);
    }

    @PostMapping("/dossiers")
    String start(
            Actor resident,
            @RequestParam String procedure,
            @RequestParam(required = false) String ward,
            @RequestParam String submissionKey,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale) {
        Map<String, String> values = FormValues.of(params);
        try {
            DossierView draft = dossiers.start(
                    new NewDossier(
                            resident.id(),
                            procedure,
                            ward,
                            values,
                            submissionKey.length() > 100 ? null : submissionKey),
                    locale);
            return "redirect:/dossiers/" + draft.code();
        } catch (LocalizedProblem problem) {
            return newPage(
                    model, catalogue.get(procedure), ward, values, submissionKey, outcomes.message(problem, locale));
        }
    }

    @GetMapping("/dossiers/{code}")
    String dossier(Actor resident, @PathVariable String code, Model model, Locale locale) {
        DossierView view = dossiers.view(resident.id(), code, locale);
        boolean editable = view.status() == DossierStatus.DRAFT || view.status() == DossierStatus.RETURNED;
        model.addAttribute("d", view);
        model.addAttribute(
                "procedure",
                catalogue.find(ProcedureCode.of(view.procedureCode())).orElse(null));
        model.addAttribute("editable", editable);
        model.addAttribute("canWithdraw", DossierAction.WITHDRAW.allowedFrom(view.status()));
        model.addAttribute("forms", applicantForms(view));
        model.addAttribute(
                "canRate",
                !view.rated()
                        && (view.status() == DossierStatus.RESULT_ISSUED || view.status() == DossierStatus.DELIVERED));
        return "dossier/dossier";
    }

    private String newPage(
            Model model,
            Procedure procedure,
            String ward,
            Map<String, String> values,
            String submissionKey,
            String problem) {
        model.addAttribute("procedure", procedure);
        model.addAttribute(
                "wards",
                geography.wardsOf(HANOI, new PageQuery(0, PageQuery.MAX_SIZE)).items());
        model.addAttribute("ward", ward);
        model.addAttribute("values", values);
        model.addAttribute("submissionKey", submissionKey);
        model.addAttribute("problem", problem);
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
