package org.opencity.assistant.internal.conversation;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No answer with this id in a conversation the caller may see. */
public class AnswerNotFound extends LocalizedProblem {

    public AnswerNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.assistant.answer-not-found");
    }
}
