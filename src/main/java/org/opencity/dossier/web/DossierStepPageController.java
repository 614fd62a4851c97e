package org.opencity.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.opencity.dossier.DossierFiles;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.Rating;
import org.opencity.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the applicant does from a dossier's page: fill the form, attach and remove files, pay, submit or resubmit,
 * withdraw, rate. Each step goes back to the dossier's page with a confirmation or the problem.
 */
@Controller
class DossierStepPageController {

    private final DossierManagement dossiers;
    private final DossierFiles files;
    private final PageOutcomes outcomes;

    DossierStepPageController(DossierManagement dossiers, DossierFiles files, PageOutcomes outcomes) {
        this.dossiers = dossiers;
        this.files = files;
        this.outcomes = outcomes;
    }

    @PostMapping("/dossiers/{code}/withdraw")
    String withdraw(
            Actor resident,
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return step(
                code,
                redirect,
                locale,
                "dossier.done.withdrawn",
                () -> dossiers.withdraw(resident.id(), code, reason, locale));
    }

    /** A criterion left unanswered arrives as 0 and is refused by the rating itself, with its message. */
    @PostMapping("/dossiers/{code}/rating")
    String rate(
            Actor resident,
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int time,
            @RequestParam(defaultValue = "0") int attitude,
            @RequestParam(defaultValue = "0") int guidance,
            @RequestParam(defaultValue = "0") int cost,
            @RequestParam(defaultValue = "0") int result,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect,
            Locale locale) {
        return step(
                code,
                redirect,
                locale,
                "dossier.done.rated",
                () -> dossiers.rate(resident.id(), code, new Rating(time, attitude, guidance, cost, result, comment)));
    }

    private String step(String code, RedirectAttributes redirect, Locale locale, String doneKey, Runnable step) {
        return outcomes.redirect("/dossiers/{code}", redirect, locale, doneKey, step);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded document", e);
        }
    }
}
