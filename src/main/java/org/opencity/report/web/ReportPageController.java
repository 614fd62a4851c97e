package org.opencity.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.identity.Actor;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.ServiceEntry;
import org.opencity.report.FeedQuery;
import org.opencity.report.NewReport;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportFeed;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.opencity.report.ReportStatus;
import org.opencity.report.ReportSummary;
import org.opencity.report.UploadedPhoto;
import org.opencity.report.internal.PendingPhoto;
import org.opencity.report.internal.PendingPhotos;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    private final ReportFormPage formPage;
    private final ReportFormCheck check;
    private final PlaceDescriber places;
    private final PendingPhotos pendingPhotos;

    ReportPageController(
            ReportManagement reports,
            ReportFeed feed,
            AdministrativeUnits geography,
            MessageSource messages,
            ProblemWriter problems,
            ReportFormPage formPage,
            ReportFormCheck check,
            PlaceDescriber places,
            PendingPhotos pendingPhotos) {
        this.problems = problems;
        this.reports = reports;
        this.feed = feed;
        this.geography = geography;
        this.messages = messages;
        this.formPage = formPage;
        this.check = check;
        this.places = places;
        this.pendingPhotos = pendingPhotos;
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
        PublicReport report = reports.publicReport(number, locale);
        model.addAttribute("report", report);
        model.addAttribute("statusTone", ReportStatusTone.of(report.status()));
        model.addAttribute("coordinates", Coordinates.text(report.lat(), report.lon()));
        model.addAttribute("mapPoint", Coordinates.mapPoint(report.number(), report.lat(), report.lon()));
        return "report/report";
    }

    @GetMapping("/reports/mine")
    String mine(Actor resident, Model model, Locale locale) {
        model.addAttribute("mine", reports.mine(resident.id(), locale));
        return "report/mine";
    }

    /** The form; a link may bring a category and a point, and then the open reports of that kind nearby. */
    @GetMapping("/reports/new")
    String form(@ModelAttribute("form") ReportForm form, Model model, Locale locale) {
        PlaceDescription place =
                form.lat() != null && form.lon() != null ? places.describe(form.lat(), form.lon(), null, locale) : null;
        return formPage.show(
                model,
                ReportFormViewBuilder.builder()
                        .form(form)
                        .place(place != null && place.found() ? place : null)
                        .nearby(nearby(form, locale))
                        .build());
    }

    /**
     * "Look for similar reports nearby" posts the whole form here: as a GET it would put the form's CSRF token and
     * the description in the address bar, and the photos chosen meanwhile would be lost.
     */
    @PostMapping("/reports/new")
    String checkNearby(
            Actor resident,
            @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            @RequestParam(value = "photos", required = false) List<MultipartFile> photos,
            @RequestParam(value = "keptPhoto", required = false) List<UUID> kept,
            @RequestParam(value = "removePhoto", required = false) List<UUID> removed,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            Locale locale) {
        ReportFormInput input = input(form, binding, photos, kept, removed, parameters);
        pendingPhotos.release(resident.id(), input.removedPhotos());
        CheckedReportForm checked = check.forNearbyCheck(resident.id(), input, locale);
        boolean placed =
                checked.errors().of("categoryCode") == null && checked.errors().of("lat") == null;
        return formPage.show(
                model,
                ReportFormViewBuilder.builder()
                        .form(form)
                        .answers(input.answers())
                        .errors(checked.errors())
                        .place(checked.place())
                        .keptPhotos(hold(resident, checked))
                        .nearby(placed ? nearby(form, locale) : null)
                        .build());
    }

    /**
     * Sends the report, or shows the form again with every problem at its field, what was typed, and the photos
     * already chosen held on the server, so that nobody has to choose them again.
     */
    @PostMapping("/reports")
    String submit(
            Actor resident,
            @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            @RequestParam(value = "photos", required = false) List<MultipartFile> photos,
            @RequestParam(value = "keptPhoto", required = false) List<UUID> kept,
            @RequestParam(value = "removePhoto", required = false) List<UUID> removed,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        ReportFormInput input = input(form, binding, photos, kept, removed, parameters);
        pendingPhotos.release(resident.id(), input.removedPhotos());
        CheckedReportForm checked = check.forSubmission(resident.id(), input, locale);
        String problem = null;
        if (checked.errors().isEmpty()) {
            try {
                PublicReport report = reports.submit(report(resident, input, checked), locale);
                pendingPhotos.release(
                        resident.id(),
                        checked.heldPhotos().stream().map(PendingPhoto::id).toList());
                redirect.addFlashAttribute("submitted", true);
                return "redirect:/reports/" + report.number();
            } catch (LocalizedProblem refused) {
                problem = message(refused, locale);
            }
        }
        return formPage.show(
                model,
                ReportFormViewBuilder.builder()
                        .form(form)
                        .answers(input.answers())
                        .errors(checked.errors())
                        .place(checked.place())
                        .keptPhotos(hold(resident, checked))
                        .problem(problem)
                        .build());
    }

    private static ReportFormInput input(
            ReportForm form,
            BindingResult binding,
            List<MultipartFile> photos,
            List<UUID> kept,
            List<UUID> removed,
            MultiValueMap<String, String> parameters) {
        return ReportFormInputBuilder.builder()
                .form(form)
                .coordinatesUnreadable(binding.hasFieldErrors("lat") || binding.hasFieldErrors("lon"))
                .answers(CategoryAnswers.from(parameters))
                .files(photos)
                .keptPhotos(kept)
                .removedPhotos(removed)
                .build();
    }

    /** Only the chosen category's answers go with the report; the photos are the held ones, then the new ones. */
    private NewReport report(Actor resident, ReportFormInput input, CheckedReportForm checked) {
        ReportForm form = input.form();
        List<UploadedPhoto> photos = new ArrayList<>(pendingPhotos.contents(resident.id(), checked.heldPhotos()));
        checked.newPhotos().forEach(chosen -> photos.add(chosen.upload()));
        return new SubmitReportRequest(
                        form.categoryCode(),
                        form.description(),
                        form.lat(),
                        form.lon(),
                        form.address(),
                        form.hidden(),
                        checked.answers())
                .toReport(resident.id(), ReportSource.WEB, photos);
    }

    /** The form comes back: the good photos chosen this time join the held ones. */
    private List<PendingPhoto> hold(Actor resident, CheckedReportForm checked) {
        List<PendingPhoto> kept = new ArrayList<>(checked.heldPhotos());
        checked.newPhotos()
                .forEach(chosen -> kept.add(pendingPhotos.hold(resident.id(), chosen.upload(), chosen.processed())));
        return kept;
    }

    private List<ReportSummary> nearby(ReportForm form, Locale locale) {
        if (!form.locatable()) {
            return null;
        }
        try {
            return reports.openNearby(form.categoryCode(), form.lat(), form.lon(), locale);
        } catch (LocalizedProblem unknownCategory) {
            return null;
        }
    }

    @PostMapping("/reports/{number}/join")
    String join(Actor resident, @PathVariable String number, RedirectAttributes redirect, Locale locale) {
        return act(number, redirect, locale, () -> reports.join(number, resident.id(), locale), "report.joined.number");
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
                "report.reopened.number");
    }

    private String act(String number, RedirectAttributes redirect, Locale locale, Runnable action, String doneKey) {
        try {
            action.run();
            // The confirmation names the report, for whoever lands on the page or reads the banner out of context.
            redirect.addFlashAttribute("done", messages.getMessage(doneKey, new Object[] {number}, locale));
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", message(problem, locale));
        }
        return "redirect:/reports/" + number;
    }

    private String message(LocalizedProblem problem, Locale locale) {
        return problems.message(problem, locale);
    }
}
