package org.opencity.assistant.internal.conversation;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * No conversation with this id that the caller may continue: none was ever started, it was deleted after the
 * retention period, or it belongs to another signed-in resident (which reads the same, so ids tell nothing).
 */
public class ConversationNotFound extends LocalizedProblem {

    public ConversationNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.assistant.conversation-not-found");
    }
}
