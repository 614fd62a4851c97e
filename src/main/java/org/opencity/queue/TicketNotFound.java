package org.opencity.queue;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class TicketNotFound extends LocalizedProblem {

    public TicketNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.queue.ticket-not-found");
    }
}
