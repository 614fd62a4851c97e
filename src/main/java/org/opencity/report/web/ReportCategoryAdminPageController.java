package org.opencity.report.web;

import java.util.Locale;
import org.opencity.identity.Actor;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.report.ReportCategories;
import org.opencity.report.ReportManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators set each category's deadline and whether a city department rather than the ward handles it.
 */
@Controller
class ReportCategoryAdminPageController {

    private final ReportManagement reports;
    private final ReportCategories categories;
    private final Units units;
    private final MessageSource messages;
    private final ProblemWriter problems;

    ReportCategoryAdminPageController(
            ReportManagement reports,
            ReportCategories categories,
            Units units,
            MessageSource messages,
            ProblemWriter problems) {
        this.problems = problems;
        this.reports = reports;
        this.categories = categories;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/admin/report-categories")
    String page(Actor admin, Model model) {
        model.addAttribute("categories", categories.all(admin));
        model.addAttribute("departments", units.list(UnitKind.CITY_DEPARTMENT, null));
        return "report/admin-categories";
    }

    @PostMapping("/admin/report-categories/{code}")
    String update(
            Actor admin,
            @PathVariable String code,
            @RequestParam int slaWorkingHours,
            @RequestParam(required = false) String departmentUnitCode,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            categories.updateRule(admin, code, slaWorkingHours, departmentUnitCode, active);
            redirect.addFlashAttribute("done", messages.getMessage("desk.saved", null, locale));
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
        }
        return "redirect:/admin/report-categories";
    }
}
