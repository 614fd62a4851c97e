package org.opencity.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.opencity.assistant.Handovers;
import org.opencity.assistant.internal.conversation.HandoverAlreadyTaken;
import org.opencity.assistant.internal.conversation.HandoverNotFound;
import org.opencity.identity.Actor;
import org.opencity.platform.ProblemWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' list of requests to talk to a person, each with its conversation, and “take it” (audited). */
@Controller
class HandoverDeskPageController {

    private final Handovers handovers;
    private final ProblemWriter problems;

    HandoverDeskPageController(Handovers handovers, ProblemWriter problems) {
        this.handovers = handovers;
        this.problems = problems;
    }

    @GetMapping("/officer/assistant/handovers")
    String list(Actor officer, HttpServletRequest request, Model model) {
        SessionBeforeTheBody.ensure(request);
        model.addAttribute("handovers", handovers.list(officer));
        return "assistant/handovers";
    }

    @PostMapping("/officer/assistant/handovers/{id}/take")
    String take(Actor officer, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        try {
            handovers.take(officer, id);
            redirect.addFlashAttribute("done", problems.message("assistant.desk.taken", null, locale));
        } catch (HandoverAlreadyTaken | HandoverNotFound refused) {
            redirect.addFlashAttribute("refused", problems.message(refused, locale));
        }
        return "redirect:/officer/assistant/handovers#handover-" + id;
    }
}
