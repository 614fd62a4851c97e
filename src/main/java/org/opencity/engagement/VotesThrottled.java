package org.opencity.engagement;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** Too many vote attempts from one account or one network: 429 with Retry-After, nothing written. */
public class VotesThrottled extends LocalizedProblem {

    private final long seconds;

    public VotesThrottled(long seconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "problem.engagement.throttled", seconds);
        this.seconds = seconds;
    }

    @Override
    public long retryAfterSeconds() {
        return seconds;
    }
}
