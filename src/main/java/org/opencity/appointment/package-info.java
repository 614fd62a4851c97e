/**
 * Appointments at service points: slots from the opening hours, capacity from the counters (enforced by the database),
 * confirmation with a QR code and an iCalendar event, reminders, cancellation and rescheduling, no-shows, and the
 * clerks' day list and check-in.
 */
@ApplicationModule(displayName = "Appointments")
package org.opencity.appointment;

import org.springframework.modulith.ApplicationModule;
