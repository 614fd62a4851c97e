package org.opencity.assistant.internal.conversation;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** Another officer took the request first. */
public class HandoverAlreadyTaken extends LocalizedProblem {

    public HandoverAlreadyTaken(String officerName) {
        super(HttpStatus.CONFLICT, "problem.assistant.handover-taken", officerName);
    }
}
