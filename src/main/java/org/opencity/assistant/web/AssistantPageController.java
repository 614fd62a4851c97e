package org.opencity.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.opencity.assistant.Answer;
import org.opencity.assistant.Assistant;
import org.opencity.assistant.ConversationView;
import org.opencity.assistant.QuestionBuilder;
import org.opencity.assistant.internal.conversation.ConversationNotFound;
import org.opencity.platform.FormErrors;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.ServiceEntry;
import org.opencity.platform.ServiceEntryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chat page. Without JavaScript a question is a plain form post answered by a redirect to the conversation
 * (post, redirect, get), landing on the new answer; with htmx the same post returns only the new turn, appended in
 * place, and the conversation's id for the next question.
 */
@Controller
class AssistantPageController {

    private final Assistant assistant;
    private final QuestionRateLimit limit;
    private final ProblemWriter problems;
    private final ChatPage page;

    AssistantPageController(Assistant assistant, QuestionRateLimit limit, ProblemWriter problems, ChatPage page) {
        this.assistant = assistant;
        this.limit = limit;
        this.problems = problems;
        this.page = page;
    }

    @Bean
    static ServiceEntry assistantEntry() {
        return ServiceEntryBuilder.builder()
                .messageKey("home.service.assistant")
                .path("/assistant")
                .icon("chat-dots")
                .order(15)
                .build();
    }

    @GetMapping("/assistant")
    String chat(
            @RequestParam(name = "c", required = false) String conversation, HttpServletRequest request, Model model) {
        Optional<UUID> id = ChatPage.uuid(conversation);
        ConversationView shown = null;
        if (id.isPresent()) {
            try {
                shown = assistant.conversation(id.get(), SignedInResident.orNull());
            } catch (ConversationNotFound gone) {
                model.addAttribute("gone", true);
            }
        }
        return page.show(request, model, shown, FormErrors.none(), null);
    }

    @PostMapping("/assistant")
    String ask(
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String conversationId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        boolean live = "true".equals(htmx);
        Optional<UUID> continued = ChatPage.uuid(conversationId);
        Optional<Duration> wait = limit.refusal(QuestionRateLimit.client(request.getRemoteAddr()));
        if (wait.isPresent()) {
            String message = problems.message(
                    "problem.assistant.too-many", new Object[] {QuestionRateLimit.seconds(wait.get())}, locale);
            return refused(message, HttpStatus.TOO_MANY_REQUESTS, question, continued, live, request, response, model);
        }
        Answer answer;
        try {
            answer = ask(question, continued.orElse(null), locale);
        } catch (ConversationNotFound gone) {
            // Deleted after the retention period, or another person's: the question starts a new conversation.
            answer = ask(question, null, locale);
        } catch (InvalidRequest invalid) {
            return refused(
                    problems.message(invalid, locale),
                    HttpStatus.BAD_REQUEST,
                    question,
                    continued,
                    live,
                    request,
                    response,
                    model);
        }
        if (live) {
            // The turn as stored, so the question shows masked, as it will after a reload.
            UUID answered = answer.answerId();
            ConversationView now = assistant.conversation(answer.conversationId(), SignedInResident.orNull());
            model.addAttribute(
                    "turn",
                    now.turns().stream()
                            .filter(t -> t.answerId().equals(answered))
                            .findFirst()
                            .orElseThrow());
            model.addAttribute("conversationId", answer.conversationId());
            model.addAttribute("turnNumber", now.turns().size());
            // The address becomes the conversation's, as after a redirect: reloading or sharing keeps it.
            response.setHeader("HX-Replace-Url", "/assistant?c=" + answer.conversationId());
            return "assistant/parts :: answered";
        }
        return "redirect:/assistant?c=" + answer.conversationId() + "#answer-" + answer.answerId();
    }

    private Answer ask(String question, UUID conversation, Locale locale) {
        return assistant.ask(QuestionBuilder.builder()
                .text(question)
                .conversationId(conversation)
                .asker(SignedInResident.orNull())
                .pageLocale(locale)
                .build());
    }

    /** The question stays in the field with the reason beside it; htmx gets the reason alone, in place. */
    private String refused(
            String message,
            HttpStatus status,
            String question,
            Optional<UUID> conversation,
            boolean live,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (live) {
            // htmx swaps only successful answers: the refusal is a 200 whose error region replaces the old one.
            model.addAttribute("askError", message);
            return "assistant/parts :: refused";
        }
        response.setStatus(status.value());
        ConversationView shown = conversation
                .flatMap(id -> {
                    try {
                        return Optional.of(assistant.conversation(id, SignedInResident.orNull()));
                    } catch (ConversationNotFound gone) {
                        return Optional.empty();
                    }
                })
                .orElse(null);
        return page.show(request, model, shown, FormErrors.none().add("question", message), question);
    }
}
