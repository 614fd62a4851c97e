package org.opencity.dossier.web;

import java.util.Locale;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post-redirect-get for the dossier pages: a step either leaves a confirmation or the domain's problem, in the
 * reader's language, for the page it redirects to.
 */
@Component
class PageOutcomes {

    private final ProblemWriter problems;

    PageOutcomes(ProblemWriter problems) {
        this.problems = problems;
    }

    /** @param target where to go next; a {@code {code}} in it is the request's own path variable, encoded */
    String redirect(String target, RedirectAttributes redirect, Locale locale, String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("done", problems.message(doneKey, null, locale));
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", message(problem, locale));
        }
        return "redirect:" + target;
    }

    /** Like {@link #redirect}, for a step that says in its own words what it did. */
    String redirectSaying(String target, RedirectAttributes redirect, java.util.function.Supplier<String> step) {
        try {
            redirect.addFlashAttribute("done", step.get());
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", message(problem, LocaleContextHolder.getLocale()));
        }
        return "redirect:" + target;
    }

    String message(LocalizedProblem problem, Locale locale) {
        return problems.message(problem, locale);
    }

    String message(String key, Locale locale, Object... args) {
        return problems.message(key, args, locale);
    }
}
