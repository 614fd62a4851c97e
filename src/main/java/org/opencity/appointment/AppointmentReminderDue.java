package org.opencity.appointment;

import java.time.Instant;
import java.util.UUID;
import org.opencity.identity.AccountId;

/** An appointment is tomorrow (within a day): the reminder goes out, once. */
public record AppointmentReminderDue(UUID id, String code, AccountId resident, String pointName, Instant start) {}
