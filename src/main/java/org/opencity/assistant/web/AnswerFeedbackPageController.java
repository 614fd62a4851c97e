package org.opencity.assistant.web;

import java.util.Locale;
import java.util.UUID;
import org.opencity.assistant.Assistant;
import org.opencity.assistant.Vote;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Thumbs up or down from the chat page: back to the same answer, with a thank-you. */
@Controller
class AnswerFeedbackPageController {

    private final Assistant assistant;
    private final MessageSource messages;

    AnswerFeedbackPageController(Assistant assistant, MessageSource messages) {
        this.assistant = assistant;
        this.messages = messages;
    }

    @PostMapping("/assistant/answers/{id}/feedback")
    String feedback(@PathVariable UUID id, @RequestParam Vote vote, RedirectAttributes redirect, Locale locale) {
        UUID conversation = assistant.feedback(id, vote, SignedInResident.orNull());
        redirect.addFlashAttribute("done", messages.getMessage("assistant.feedback.thanks", null, locale));
        return "redirect:/assistant?c=" + conversation + "#answer-" + id;
    }
}
