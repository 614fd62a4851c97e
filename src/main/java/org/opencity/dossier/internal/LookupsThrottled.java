package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * Too many wrong phone digits for one receipt code: the look-up of that code rests for a while.
 */
public class LookupsThrottled extends LocalizedProblem {

    public LookupsThrottled(long minutes) {
        super(HttpStatus.TOO_MANY_REQUESTS, "problem.dossier.lookup-throttled", minutes);
    }
}
