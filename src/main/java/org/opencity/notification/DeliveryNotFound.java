package org.opencity.notification;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * No delivery has this id.
 */
public class DeliveryNotFound extends LocalizedProblem {

    public DeliveryNotFound(long id) {
        super(HttpStatus.NOT_FOUND, "problem.notification.delivery-not-found", id);
    }
}
