package org.opencity.appointment;

import org.opencity.identity.Actor;
import org.springframework.stereotype.Service;

/** The clerks' side of appointments: the day's list per line and counter, and check-in by code or QR code. */
@Service
public class AppointmentDesk {

    /**
     * Checks a resident in at the point's desk, by the code on their confirmation (or its QR code): from a little
     * before the slot until its end. Refused (audited) for anyone but the point's staff.
     */
    public CheckedInAppointment checkIn(Actor clerk, String pointCode, String code) {
        throw new UnsupportedOperationException("check-in lands with the appointment module");
    }
}
