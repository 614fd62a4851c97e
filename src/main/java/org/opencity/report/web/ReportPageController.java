package org.opencity.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.identity.Actor;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.ServiceEntry;
import org.opencity.report.FeedQuery;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportFeed;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.opencity.report.ReportStatus;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's pages: the public feed and map, a report's public page, the report form, "my reports".
 */
@Controller
class ReportPageController {

    private final ReportManagement reports;
    private final ReportFeed feed;
    private final AdministrativeUnits geography;
    private final MessageSource messages;
    private final ProblemWriter problems;

    ReportPageController(
            ReportManagement reports,
            ReportFeed feed,
            AdministrativeUnits geography,
            MessageSource messages,
            ProblemWriter problems) {
        this.problems = problems;
        this.reports = reports;
        this.feed = feed;
        this.geography = geography;
        this.messages = messages;
    }

    @Bean
    static ServiceEntry reportEntry() {
        return org.opencity.platform.ServiceEntryBuilder.builder()
                .messageKey("home.service.reports")
                .path("/reports")
                .icon("megaphone")
                .order(10)
                .build();
    }

    @GetMapping("/reports")
    String feed(
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        var results = feed.page(
                new FeedQuery(
                        ward,
                        category,
                        status == null ? null : Set.of(status),
                        from == null
                                ? null
                                : from.atStartOfDay(WorkingCalendar.VIETNAM).toInstant(),
                        to == null
                                ? null
                                : to.plusDays(1)
                                        .atStartOfDay(WorkingCalendar.VIETNAM)
                                        .toInstant()),
                new PageQuery(Math.max(0, page), 20),
                locale);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("feed", results);
        model.addAttribute("points", MapPoints.of(results.items()));
        model.addAttribute("categories", reports.categories());
        model.addAttribute(
                "wards",
                geography.wardsOf("01", new PageQuery(0, PageQuery.MAX_SIZE)).items());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("ward", ward);
        model.addAttribute("category", category);
        model.addAttribute("status", status);
        return "report/feed";
    }

    @GetMapping("/reports/{number}")
    String report(@PathVariable String number, Model model, Locale locale) {
        model.addAttribute("report", reports.publicReport(number, locale));
        return "report/report";
    }

    @GetMapping("/reports/mine")
    String mine(Actor resident, Model model, Locale locale) {
        model.addAttribute("mine", reports.mine(resident.id(), locale));
        return "report/mine";
    }

    /**
     * The form, and with a category and a place, the open reports of that kind nearby. "Look for similar reports"
     * posts the form here: as a GET it would put the form's CSRF token and the description in the address bar.
     */
    @RequestMapping(
            path = "/reports/new",
            method = {RequestMethod.GET, RequestMethod.POST})
    String form(@ModelAttribute("form") ReportForm form, Model model, Locale locale) {
        model.addAttribute("categories", reports.categories());
        model.addAttribute("questions", questions());
        if (form.locatable()) {
            try {
                model.addAttribute("nearby", reports.openNearby(form.categoryCode(), form.lat(), form.lon(), locale));
            } catch (LocalizedProblem unknownCategory) {
                model.addAttribute("problem", message(unknownCategory, locale));
            }
        }
        return "report/new";
    }

    @PostMapping("/reports")
    String submit(
            Actor resident,
            @ModelAttribute("form") ReportForm form,
            @RequestParam(value = "photos", required = false) List<MultipartFile> photos,
            @RequestParam org.springframework.util.MultiValueMap<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            PublicReport report = reports.submit(
                    new SubmitReportRequest(
                                    form.categoryCode(),
                                    form.description(),
                                    form.lat(),
                                    form.lon(),
                                    form.address(),
                                    form.hidden(),
                                    org.opencity.report.internal.AttributeParameters.from(parameters))
                            .toReport(resident.id(), ReportSource.WEB, Uploads.photos(photos)),
                    locale);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/reports/" + report.number();
        } catch (LocalizedProblem problem) {
            model.addAttribute("problem", message(problem, locale));
            model.addAttribute("categories", reports.categories());
            model.addAttribute("questions", questions());
            return "report/new";
        }
    }

    /** The extra questions of each category that asks some, for the form's optional sections. */
    private java.util.Map<org.opencity.report.Category, List<org.opencity.report.CategoryAttribute>> questions() {
        java.util.Map<org.opencity.report.Category, List<org.opencity.report.CategoryAttribute>> questions =
                new java.util.LinkedHashMap<>();
        reports.categories().forEach(category -> {
            List<org.opencity.report.CategoryAttribute> asked = reports.attributes(category.code());
            if (!asked.isEmpty()) {
                questions.put(category, asked);
            }
        });
        return questions;
    }

    @PostMapping("/reports/{number}/join")
    String join(Actor resident, @PathVariable String number, RedirectAttributes redirect, Locale locale) {
        return act(number, redirect, locale, () -> reports.join(number, resident.id(), locale), "report.joined");
    }

    @PostMapping("/reports/{number}/rating")
    String rate(
            Actor resident,
            @PathVariable String number,
            @RequestParam int stars,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                number,
                redirect,
                locale,
                () -> reports.rate(number, resident.id(), stars, comment, locale),
                "report.rated");
    }

    @PostMapping("/reports/{number}/reopen")
    String reopen(
            Actor resident,
            @PathVariable String number,
            @RequestParam String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                number,
                redirect,
                locale,
                () -> reports.reopen(number, resident.id(), reason, locale),
                "report.reopened");
    }

    private String act(String number, RedirectAttributes redirect, Locale locale, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("done", messages.getMessage(doneKey, null, locale));
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", message(problem, locale));
        }
        return "redirect:/reports/" + number;
    }

    private String message(LocalizedProblem problem, Locale locale) {
        return problems.message(problem, locale);
    }
}
