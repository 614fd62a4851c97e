package org.opencity.engagement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.engagement.Patterns;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.Polls;
import org.opencity.engagement.Results;
import org.opencity.engagement.Surveys;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.identity.Actor;
import org.opencity.identity.Role;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' side: the polls they run, a new poll or survey, and one poll's desk: the count, publishing the
 * result, the suspicious-patterns report and a survey's free-text answers (masked; reading them is audited).
 */
@Controller
class PollOfficerPageController {

    static final int TEXTS_PER_PAGE = 50;

    private final Polls polls;
    private final Results results;
    private final Surveys surveys;
    private final Patterns patterns;
    private final ProblemWriter problems;
    private final AdministrativeUnits units;
    private final Clock clock;

    PollOfficerPageController(
            Polls polls,
            Results results,
            Surveys surveys,
            Patterns patterns,
            ProblemWriter problems,
            AdministrativeUnits units,
            Clock clock) {
        this.units = units;
        this.polls = polls;
        this.results = results;
        this.surveys = surveys;
        this.patterns = patterns;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/officer/polls")
    String list(Actor officer, Model model) {
        model.addAttribute("polls", polls.runBy(officer));
        model.addAttribute("now", clock.instant());
        return "engagement/officer-polls";
    }

    @GetMapping("/officer/polls/new")
    String form(Actor officer, Model model) {
        PollForm form = new PollForm();
        officer.assignments().stream()
                .filter(a -> a.role() == Role.WARD_OFFICER && a.wardCode() != null)
                .findFirst()
                .ifPresent(a -> {
                    form.setAudience("WARD_RESIDENTS");
                    form.setWardCode(a.wardCode());
                });
        return formPage(officer, form, model);
    }

    @PostMapping("/officer/polls")
    String create(
            Actor officer,
            @ModelAttribute("form") PollForm form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            Poll poll = polls.create(officer, form.draft());
            return "redirect:/officer/polls/" + poll.id();
        } catch (LocalizedProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.message(problem, locale));
            return formPage(officer, form, model);
        }
    }

    @GetMapping("/officer/polls/{id}")
    String desk(Actor officer, @PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        Poll poll = polls.get(PollPageController.uuid(id));
        polls.requireRuns(officer, poll);
        model.addAttribute("poll", poll);
        model.addAttribute("status", poll.status(clock.instant()));
        if (poll.kind() == PollKind.POLL) {
            model.addAttribute("results", results.of(poll.id(), officer));
            model.addAttribute("patterns", patterns.of(poll.id(), officer));
        } else {
            model.addAttribute("summary", surveys.summary(poll.id(), officer));
            model.addAttribute("texts", surveys.texts(poll.id(), officer, page, TEXTS_PER_PAGE));
            model.addAttribute("page", Math.max(0, page));
        }
        return "engagement/officer-poll";
    }

    @PostMapping("/officer/polls/{id}/publish")
    String publish(Actor officer, @PathVariable String id, Locale locale, RedirectAttributes redirect) {
        UUID poll = PollPageController.uuid(id);
        try {
            polls.publish(officer, poll);
            redirect.addFlashAttribute("published", true);
        } catch (LocalizedProblem problem) {
            if (problem.status().value() == 403) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
        }
        return "redirect:/officer/polls/" + poll;
    }

    private String formPage(Actor officer, PollForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("cityWide", officer.hasRole(Role.ADMINISTRATOR));
        model.addAttribute(
                "wards",
                officer.assignments().stream()
                        .filter(a -> a.role() == Role.WARD_OFFICER && a.wardCode() != null)
                        .map(a -> a.wardCode())
                        .distinct()
                        .flatMap(code -> units.findWard(code).stream())
                        .toList());
        model.addAttribute("kinds", List.of("POLL", "SURVEY"));
        return "engagement/officer-new";
    }
}
