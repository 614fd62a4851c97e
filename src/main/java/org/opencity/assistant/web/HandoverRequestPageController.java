package org.opencity.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.opencity.assistant.Assistant;
import org.opencity.assistant.Handovers;
import org.opencity.assistant.internal.conversation.ConversationNotFound;
import org.opencity.platform.FormErrors;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.ProblemWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * “Gặp cán bộ”: a page that says what officers will see (the conversation, with personal data masked) and takes an
 * optional way to be reached, then back to the conversation with a confirmation.
 */
@Controller
class HandoverRequestPageController {

    private final Assistant assistant;
    private final Handovers handovers;
    private final QuestionRateLimit limit;
    private final ProblemWriter problems;

    HandoverRequestPageController(
            Assistant assistant, Handovers handovers, QuestionRateLimit limit, ProblemWriter problems) {
        this.assistant = assistant;
        this.handovers = handovers;
        this.limit = limit;
        this.problems = problems;
    }

    @GetMapping("/assistant/handover")
    String form(
            @RequestParam(name = "c", required = false) String conversation, HttpServletRequest request, Model model) {
        UUID id = readable(conversation);
        SessionBeforeTheBody.ensure(request);
        return show(model, id, FormErrors.none(), null);
    }

    @PostMapping("/assistant/handover")
    String request(
            @RequestParam(defaultValue = "") String conversationId,
            @RequestParam(defaultValue = "") String contact,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        UUID id = readable(conversationId);
        Optional<Duration> wait = limit.refusal(QuestionRateLimit.client(request.getRemoteAddr()));
        if (wait.isPresent()) {
            String message = problems.message(
                    "problem.assistant.too-many", new Object[] {QuestionRateLimit.seconds(wait.get())}, locale);
            return show(model, id, FormErrors.none().add("contact", message), contact);
        }
        try {
            handovers.request(id, contact, SignedInResident.orNull());
        } catch (InvalidRequest invalid) {
            return show(model, id, FormErrors.none().add("contact", problems.message(invalid, locale)), contact);
        }
        redirect.addFlashAttribute("done", problems.message("assistant.handover.sent", null, locale));
        return "redirect:/assistant?c=" + id;
    }

    private String show(Model model, UUID conversation, FormErrors errors, String contact) {
        model.addAttribute("conversationId", conversation);
        model.addAttribute("formErrors", errors);
        model.addAttribute("contact", contact);
        model.addAttribute("maxContact", Handovers.MAX_CONTACT);
        return "assistant/handover";
    }

    /** The conversation the visitor may see, or a 404 page: there is nothing to hand over without one. */
    private UUID readable(String conversation) {
        UUID id = ChatPage.uuid(conversation).orElseThrow(ConversationNotFound::new);
        assistant.conversation(id, SignedInResident.orNull());
        return id;
    }
}
