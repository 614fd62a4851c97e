package org.opencity.appointment;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No such appointment, or not one the caller may see: both answer 404, so ids cannot be probed. */
public class AppointmentNotFound extends LocalizedProblem {

    public AppointmentNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "problem.appointment.not-found", id);
    }
}
