package org.opencity.engagement;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A vote, an answer or an officer's action that cannot be taken as asked, with the reason in the user's language.
 * Nothing was written.
 */
public class EngagementProblem extends LocalizedProblem {

    public EngagementProblem(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    /** 400: the request itself is wrong (unknown candidate, too many choices...). */
    public static EngagementProblem invalid(String messageKey, Object... arguments) {
        return new EngagementProblem(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    /** 403: this person may not take part (identity level, ward...). */
    public static EngagementProblem notEligible(String messageKey, Object... arguments) {
        return new EngagementProblem(HttpStatus.FORBIDDEN, messageKey, arguments);
    }

    /** 409: the poll is not open, or the person already voted and the vote cannot be changed. */
    public static EngagementProblem conflict(String messageKey, Object... arguments) {
        return new EngagementProblem(HttpStatus.CONFLICT, messageKey, arguments);
    }
}
