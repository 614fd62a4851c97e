package org.opencity.platform;

import org.springframework.http.HttpStatus;

/**
 * A request whose values break a rule that bean validation cannot express.
 */
public class InvalidRequest extends LocalizedProblem {

    public InvalidRequest(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
