package org.opencity.assistant.internal.answer;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The fixed words around the records' facts, from the message bundles, in the answer's language. */
@Component
public class AnswerTexts {

    private final MessageSource messages;

    AnswerTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
