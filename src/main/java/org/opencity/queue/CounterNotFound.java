package org.opencity.queue;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class CounterNotFound extends LocalizedProblem {

    public CounterNotFound(int number) {
        super(HttpStatus.NOT_FOUND, "problem.queue.counter-not-found", number);
    }
}
