package org.opencity.appointment;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** A booking that cannot be made or changed as asked, with the reason in the user's language. */
public class AppointmentProblem extends LocalizedProblem {

    public AppointmentProblem(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    /** The slot is full (a 409: someone else was quicker). */
    public static AppointmentProblem slotFull() {
        return new AppointmentProblem(HttpStatus.CONFLICT, "problem.appointment.slot-full");
    }
}
