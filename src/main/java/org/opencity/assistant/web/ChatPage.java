package org.opencity.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.opencity.assistant.ConversationView;
import org.opencity.assistant.internal.conversation.AssistantProperties;
import org.opencity.assistant.internal.conversation.QuestionCheck;
import org.opencity.platform.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the chat page shows: the conversation so far, the question form with its errors, the length limit. */
@Component
class ChatPage {

    private final QuestionCheck check;
    private final AssistantProperties properties;

    ChatPage(QuestionCheck check, AssistantProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    String show(
            HttpServletRequest request,
            Model model,
            ConversationView conversation,
            FormErrors errors,
            String question) {
        SessionBeforeTheBody.ensure(request);
        model.addAttribute("conversation", conversation);
        model.addAttribute("formErrors", errors);
        model.addAttribute("question", question);
        model.addAttribute("maxLength", check.maxLength());
        model.addAttribute("retentionDays", properties.retention().toDays());
        return "assistant/chat";
    }

    /** An id from a form field or the address; anything else starts a new conversation rather than an error. */
    static Optional<UUID> uuid(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
