package org.opencity.engagement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencity.engagement.BallotChoice;
import org.opencity.engagement.Criterion;
import org.opencity.engagement.Eligibility;
import org.opencity.engagement.EngagementProblem;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.PollStatus;
import org.opencity.engagement.Polls;
import org.opencity.engagement.Question;
import org.opencity.engagement.Results;
import org.opencity.engagement.SurveyAnswer;
import org.opencity.engagement.Surveys;
import org.opencity.engagement.VoteReceipt;
import org.opencity.engagement.Voting;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.ServiceEntry;
import org.opencity.platform.ServiceEntryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The residents' pages: the list of votes and surveys, a poll's page with its ballot (a plain form: one field set per
 * criterion), the receipt after voting, the live results (a chart with its table; the table alone without
 * JavaScript) and the receipt check.
 */
@Controller
class PollPageController {

    /** Above this many candidates a criterion's choice is a drop-down list rather than radio buttons. */
    static final int RADIO_LIMIT = 12;

    private final Polls polls;
    private final Voting voting;
    private final Results results;
    private final Surveys surveys;
    private final Eligibility eligibility;
    private final Actors actors;
    private final ProblemWriter problems;
    private final Clock clock;

    PollPageController(
            Polls polls,
            Voting voting,
            Results results,
            Surveys surveys,
            Eligibility eligibility,
            Actors actors,
            ProblemWriter problems,
            Clock clock) {
        this.polls = polls;
        this.voting = voting;
        this.results = results;
        this.surveys = surveys;
        this.eligibility = eligibility;
        this.actors = actors;
        this.problems = problems;
        this.clock = clock;
    }

    @Bean
    static ServiceEntry pollsEntry() {
        return ServiceEntryBuilder.builder()
                .messageKey("home.service.polls")
                .path("/polls")
                .icon("check2-square")
                .order(40)
                .build();
    }

    @GetMapping("/polls")
    String list(Model model) {
        Instant now = clock.instant();
        List<Poll> all = polls.list();
        model.addAttribute(
                "open",
                all.stream().filter(p -> p.status(now) == PollStatus.OPEN).toList());
        model.addAttribute(
                "upcoming",
                all.stream().filter(p -> p.status(now) == PollStatus.UPCOMING).toList());
        model.addAttribute(
                "closed",
                all.stream()
                        .filter(p -> p.status(now) == PollStatus.CLOSED || p.status(now) == PollStatus.PUBLISHED)
                        .toList());
        return "engagement/polls";
    }

    @GetMapping("/polls/{id}")
    String poll(@PathVariable String id, Model model) {
        return pollPage(polls.get(uuid(id)), model, Map.of());
    }

    @PostMapping("/polls/{id}/vote")
    String vote(
            Actor voter,
            @PathVariable String id,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Poll poll = polls.get(uuid(id));
        List<BallotChoice> ballot = new ArrayList<>();
        for (Criterion criterion : poll.criteria()) {
            String[] values = request.getParameterValues("c." + criterion.code());
            List<String> chosen = values == null
                    ? List.of()
                    : Arrays.stream(values)
                            .filter(v -> v != null && !v.isBlank())
                            .toList();
            if (!chosen.isEmpty()) {
                ballot.add(new BallotChoice(criterion.code(), chosen));
            }
        }
        try {
            VoteReceipt receipt = voting.vote(voter, poll.id(), ballot, request.getRemoteAddr());
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/polls/" + poll.id() + "/voted";
        } catch (LocalizedProblem problem) {
            return refused(problem, poll, model, response, locale, request.getParameterMap());
        }
    }

    @GetMapping("/polls/{id}/voted")
    String voted(@PathVariable String id, Model model) {
        Poll poll = polls.get(uuid(id));
        if (!model.containsAttribute("receipt")) {
            return "redirect:/polls/" + poll.id();
        }
        model.addAttribute("poll", poll);
        return "engagement/voted";
    }

    @PostMapping("/polls/{id}/respond")
    String respond(
            Actor respondent,
            @PathVariable String id,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Poll survey = polls.get(uuid(id));
        List<SurveyAnswer> answers = new ArrayList<>();
        try {
            for (Question question : survey.questions()) {
                String value = request.getParameter("q." + question.code());
                if (value == null || value.isBlank()) {
                    continue;
                }
                answers.add(
                        switch (question.kind()) {
                            case CHOICE -> new SurveyAnswer(question.code(), number(value), null, null);
                            case SCALE -> new SurveyAnswer(question.code(), null, number(value), null);
                            case TEXT -> new SurveyAnswer(question.code(), null, null, value);
                        });
            }
            surveys.respond(respondent, survey.id(), answers);
            model.addAttribute("answered", true);
            return pollPage(survey, model, Map.of());
        } catch (LocalizedProblem problem) {
            return refused(problem, survey, model, response, locale, request.getParameterMap());
        }
    }

    @GetMapping("/polls/{id}/results")
    String results(@PathVariable String id, Model model) {
        Poll poll = polls.get(uuid(id));
        Actor viewer = actors.signedIn().orElse(null);
        model.addAttribute("poll", poll);
        model.addAttribute("status", poll.status(clock.instant()));
        if (poll.kind() == PollKind.SURVEY) {
            model.addAttribute("summary", surveys.summary(poll.id(), viewer));
        } else {
            model.addAttribute("results", results.of(poll.id(), viewer));
        }
        return "engagement/results";
    }

    @GetMapping("/polls/{id}/check")
    String checkForm(@PathVariable String id, Model model) {
        model.addAttribute("poll", polls.get(uuid(id)));
        return "engagement/check";
    }

    @PostMapping("/polls/{id}/check")
    String check(
            @PathVariable String id,
            @RequestParam(required = false) String receipt,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Poll poll = polls.get(uuid(id));
        model.addAttribute("poll", poll);
        model.addAttribute("typed", receipt);
        try {
            model.addAttribute("check", results.check(poll.id(), receipt));
        } catch (LocalizedProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.message(problem, locale));
        }
        return "engagement/check";
    }

    private String refused(
            LocalizedProblem problem,
            Poll poll,
            Model model,
            HttpServletResponse response,
            Locale locale,
            Map<String, String[]> typed) {
        if (problem.status().is5xxServerError() && problem.status().value() != 503) {
            throw problem;
        }
        response.setStatus(problem.status().value());
        if (problem.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        model.addAttribute("problem", problems.message(problem, locale));
        return pollPage(poll, model, typed);
    }

    private String pollPage(Poll poll, Model model, Map<String, String[]> typed) {
        Instant now = clock.instant();
        Optional<Actor> person = actors.signedIn();
        model.addAttribute("poll", poll);
        model.addAttribute("status", poll.status(now));
        model.addAttribute("typed", typed);
        model.addAttribute("radioLimit", RADIO_LIMIT);
        model.addAttribute("signedIn", person.isPresent());
        model.addAttribute("resultsVisible", results.visible(poll, person.orElse(null)));
        String refusal = null;
        if (person.isPresent()) {
            try {
                eligibility.check(poll, person.get());
            } catch (EngagementProblem notEligible) {
                refusal =
                        problems.message(notEligible, org.springframework.context.i18n.LocaleContextHolder.getLocale());
            }
            model.addAttribute(
                    "votedOn", poll.kind() == PollKind.POLL ? results.votedOn(poll.id(), person.get()) : List.of());
            model.addAttribute(
                    "alreadyAnswered", poll.kind() == PollKind.SURVEY && surveys.answered(poll.id(), person.get()));
        } else {
            model.addAttribute("votedOn", List.of());
            model.addAttribute("alreadyAnswered", false);
        }
        model.addAttribute("refusal", refusal);
        return "engagement/poll";
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw EngagementProblem.invalid("problem.engagement.unknown-question");
        }
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new org.opencity.engagement.PollNotFound();
        }
    }
}
