package org.opencity.assistant.internal.conversation;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No request to talk to a person with this id (or it was deleted with its conversation). */
public class HandoverNotFound extends LocalizedProblem {

    public HandoverNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.assistant.handover-not-found");
    }
}
