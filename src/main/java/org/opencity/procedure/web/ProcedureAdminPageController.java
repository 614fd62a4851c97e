package org.opencity.procedure.web;

import jakarta.validation.Validator;
import java.util.Locale;
import org.opencity.identity.Actor;
import org.opencity.identity.UnitKind;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.ProcedureAdministration;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureChange;
import org.opencity.procedure.ProcedureCode;
import org.opencity.procedure.ProcedureLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators correct a procedure on a page and read its history.
 */
@Controller
class ProcedureAdminPageController {

    private final ProcedureCatalogue catalogue;
    private final ProcedureAdministration administration;
    private final ProblemWriter problems;
    private final Validator validator;

    ProcedureAdminPageController(
            ProcedureCatalogue catalogue,
            ProcedureAdministration administration,
            ProblemWriter problems,
            Validator validator) {
        this.catalogue = catalogue;
        this.administration = administration;
        this.problems = problems;
        this.validator = validator;
    }

    @GetMapping("/admin/procedures/{code}/edit")
    String edit(Actor admin, @PathVariable String code, Model model) {
        administration.history(admin, ProcedureCode.of(code));
        return page(code, ProcedureEditForm.of(catalogue.get(code)), model);
    }

    @PostMapping("/admin/procedures/{code}/edit")
    String save(
            Actor admin,
            @PathVariable String code,
            @ModelAttribute("form") ProcedureEditForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ProcedureChange change = form.toChange();
            if (!validator.validate(change).isEmpty()) {
                throw new InvalidRequest("problem.procedure.invalid");
            }
            administration.update(admin, ProcedureCode.of(code), change);
            redirect.addFlashAttribute("done", true);
            return "redirect:/admin/procedures/" + code + "/history";
        } catch (LocalizedProblem problem) {
            model.addAttribute("problem", problems.message(problem, locale));
            return page(code, form, model);
        }
    }

    @GetMapping("/admin/procedures/{code}/history")
    String history(Actor admin, @PathVariable String code, Model model) {
        model.addAttribute("revisions", administration.history(admin, ProcedureCode.of(code)));
        model.addAttribute("procedure", catalogue.get(code));
        return "procedure/history";
    }

    private String page(String code, ProcedureEditForm form, Model model) {
        model.addAttribute("procedure", catalogue.get(code));
        model.addAttribute("form", form);
        model.addAttribute("fields", catalogue.fields());
        model.addAttribute("events", catalogue.lifeEvents());
        model.addAttribute("levels", ProcedureLevel.values());
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        return "procedure/edit";
    }
}
