package org.opencity.engagement;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No poll or survey has this id. */
public class PollNotFound extends LocalizedProblem {

    public PollNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.engagement.poll-not-found");
    }
}
