package org.opencity.appointment;

import org.opencity.identity.AuditAction;

/** What the appointments audit: the desk's check-ins. */
public enum AppointmentAuditAction implements AuditAction {
    APPOINTMENT_CHECKED_IN
}
