package org.opencity.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.opencity.dossier.DossierFiles;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.internal.ApplicantUploads;
import org.opencity.dossier.internal.DocumentRefused;
import org.opencity.dossier.internal.DossierProperties;
import org.opencity.identity.Actor;
import org.opencity.platform.FormErrors;
import org.opencity.platform.LocalizedProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents step: each paper the procedure asks for, in the catalogue's words, whether it is required, the files
 * attached to it already; the resident chooses files for any of them, several at a time, and sends them together.
 * All are kept or none: a refused file is named on the page, which answers with the refusal's 4xx status.
 */
@Controller
class DossierDocumentsStepPageController {

    /** The flash attributes {@link GuidedUploadLimitFilter} leaves when the container refused the whole body. */
    static final String REFUSED_INPUT = "refusedInput";

    static final String REFUSAL = "refusal";

    private final ApplyPages pages;
    private final ApplicantUploads uploads;
    private final DossierFiles files;
    private final DossierProperties properties;
    private final PageOutcomes outcomes;

    DossierDocumentsStepPageController(
            ApplyPages pages,
            ApplicantUploads uploads,
            DossierFiles files,
            DossierProperties properties,
            PageOutcomes outcomes) {
        this.pages = pages;
        this.uploads = uploads;
        this.files = files;
        this.properties = properties;
        this.outcomes = outcomes;
    }

    @GetMapping("/dossiers/{code}/apply/documents")
    String documents(Actor resident, @PathVariable String code, Model model, Locale locale) {
        Optional<DossierView> dossier = pages.editable(resident, code, locale);
        if (dossier.isEmpty()) {
            return ApplyPages.DOSSIER_PAGE;
        }
        FormErrors errors = FormErrors.none();
        if (model.getAttribute(REFUSAL) instanceof String refusal) {
            errors.add(
                    model.getAttribute(REFUSED_INPUT) instanceof String input ? input : firstInput(dossier.get()),
                    refusal);
        }
        return page(model, dossier.get(), errors, locale);
    }

    /**
     * @param next "fee" for the step's main button, which sends the chosen files (if any) and goes on; anything
     *        else stays on the step to see the files attached
     */
    @PostMapping("/dossiers/{code}/apply/documents")
    String attach(
            Actor resident,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, MultipartFile> parts,
            @RequestParam(defaultValue = "") String next,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        Optional<DossierView> dossier = pages.editable(resident, code, locale);
        if (dossier.isEmpty()) {
            return ApplyPages.DOSSIER_PAGE;
        }
        boolean goOn = "fee".equals(next);
        List<ChosenFile> chosen = ChosenFiles.of(parts);
        if (chosen.isEmpty() && goOn) {
            return ApplyStep.FEE.redirect();
        }
        try {
            uploads.attachAll(
                    resident.id(),
                    code,
                    chosen.stream().map(ChosenFile::document).toList());
        } catch (LocalizedProblem problem) {
            // Named where it came from: the refused file's input, or the first one for a problem of them all.
            String input = problem instanceof DocumentRefused refused
                    ? chosen.get(refused.position()).input()
                    : chosen.isEmpty()
                            ? firstInput(dossier.get())
                            : chosen.get(0).input();
            response.setStatus(problem.status().value());
            FormErrors errors = FormErrors.none().add(input, outcomes.message(problem, locale));
            return page(model, dossier.get(), errors, locale);
        }
        redirect.addFlashAttribute("done", outcomes.message("dossier.guided.done.attached", locale, chosen.size()));
        return (goOn ? ApplyStep.FEE : ApplyStep.DOCUMENTS).redirect();
    }

    @PostMapping("/dossiers/{code}/apply/documents/{id}/delete")
    String detach(
            Actor resident,
            @PathVariable String code,
            @PathVariable UUID id,
            RedirectAttributes redirect,
            Locale locale) {
        return outcomes.redirect(
                "/dossiers/{code}/apply/documents",
                redirect,
                locale,
                "dossier.done.detached",
                () -> files.detach(resident.id(), code, id));
    }

    private String page(Model model, DossierView dossier, FormErrors errors, Locale locale) {
        pages.describe(model, dossier, locale);
        model.addAttribute("formErrors", errors);
        model.addAttribute("maxMegabytes", properties.maxDocumentSize().toMegabytes());
        return "dossier/documents";
    }

    private static String firstInput(DossierView dossier) {
        return dossier.requirements().isEmpty() ? ChosenFiles.EXTRA : ChosenFiles.inputOf(0);
    }
}
