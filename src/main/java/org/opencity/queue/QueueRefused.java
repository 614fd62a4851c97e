package org.opencity.queue;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * The queue is not in a state that allows the action (the point is closed, the counter is closed or busy, nobody is
 * waiting...): 409, nothing changed.
 */
public class QueueRefused extends LocalizedProblem {

    public QueueRefused(String messageKey, Object... arguments) {
        super(HttpStatus.CONFLICT, messageKey, arguments);
    }
}
