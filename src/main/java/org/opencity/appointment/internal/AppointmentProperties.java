package org.opencity.appointment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The booking rules ({@code opencity.appointment.*}).
 *
 * @param slotLength how long one slot lasts
 * @param minLead how far ahead a slot must start to be booked
 * @param horizon how far ahead a slot may be booked
 * @param cutOff until how long before the start an appointment may be cancelled or moved
 * @param checkInEarly how early before its start an appointment may be checked in
 * @param noShowGrace how long after its end a slot nobody came to counts as missed
 * @param noShowLimit missed appointments within {@code noShowWindow} after which booking waits
 * @param noShowWindow the window missed appointments are counted in
 * @param noShowWait how long booking waits after the last missed appointment once the limit is reached
 * @param reminderBefore how long before the start the reminder goes out
 */
@ConfigurationProperties("opencity.appointment")
public record AppointmentProperties(
        Duration slotLength,
        Duration minLead,
        Duration horizon,
        Duration cutOff,
        Duration checkInEarly,
        Duration noShowGrace,
        int noShowLimit,
        Duration noShowWindow,
        Duration noShowWait,
        Duration reminderBefore) {}
