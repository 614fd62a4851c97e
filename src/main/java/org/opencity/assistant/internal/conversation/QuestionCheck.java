package org.opencity.assistant.internal.conversation;

import org.opencity.platform.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * What a question must be before anything reads it: some words, at most the configured length, and text rather
 * than bytes (no control characters but line breaks and tabs, no replacement characters left by a body that was not
 * UTF-8). Each refusal is a 400 that says which rule was broken, in the asker's language.
 */
@Component
public class QuestionCheck {

    private final AssistantProperties properties;

    QuestionCheck(AssistantProperties properties) {
        this.properties = properties;
    }

    /** The question without surrounding spaces, or a refusal. */
    public String checked(String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new InvalidRequest("problem.assistant.question-empty");
        }
        if (text.codePointCount(0, text.length()) > properties.maxQuestionLength()) {
            throw new InvalidRequest("problem.assistant.question-too-long", properties.maxQuestionLength());
        }
        if (!readable(text)) {
            throw new InvalidRequest("problem.assistant.question-unreadable");
        }
        return text;
    }

    public int maxLength() {
        return properties.maxQuestionLength();
    }

    private static boolean readable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !lineBreakOrTab) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
