package org.opencity.appointment;

import java.time.Instant;
import java.util.UUID;
import org.opencity.identity.AccountId;

/** A resident booked (or moved) an appointment: the confirmation goes out. */
public record AppointmentBooked(
        UUID id, String code, AccountId resident, String pointName, Instant start, boolean rescheduled) {}
