package org.opencity.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencity.report.Category;
import org.opencity.report.CategoryAttribute;
import org.opencity.report.ReportManagement;
import org.opencity.report.internal.PendingPhotos;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the report form into the page model (template report/new). */
@Component
class ReportFormPage {

    static final String TEMPLATE = "report/new";

    private final ReportManagement reports;

    ReportFormPage(ReportManagement reports) {
        this.reports = reports;
    }

    String show(Model model, ReportFormView view) {
        model.addAttribute("form", view.form());
        model.addAttribute("latValue", Coordinates.field(view.form().lat()));
        model.addAttribute("lonValue", Coordinates.field(view.form().lon()));
        model.addAttribute("answers", view.answers());
        model.addAttribute("formErrors", view.errors());
        model.addAttribute("place", view.place() == null ? null : view.place().text());
        model.addAttribute("keptPhotos", view.keptPhotos());
        model.addAttribute("keptHours", PendingPhotos.HOLD.toHours());
        model.addAttribute("nearby", view.nearby());
        model.addAttribute("problem", view.problem());
        model.addAttribute("categories", reports.categories());
        model.addAttribute("questions", questions());
        return TEMPLATE;
    }

    /** The extra questions of each category that asks some, one group per category. */
    private Map<Category, List<CategoryAttribute>> questions() {
        Map<Category, List<CategoryAttribute>> questions = new LinkedHashMap<>();
        reports.categories().forEach(category -> {
            List<CategoryAttribute> asked = reports.attributes(category.code());
            if (!asked.isEmpty()) {
                questions.put(category, asked);
            }
        });
        return questions;
    }
}
