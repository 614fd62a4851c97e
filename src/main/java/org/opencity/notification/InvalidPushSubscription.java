package org.opencity.notification;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A browser subscription the platform will not post to: not a known push service, or keys that are not keys.
 */
public class InvalidPushSubscription extends LocalizedProblem {

    public InvalidPushSubscription() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "problem.notification.push-subscription");
    }
}
