package org.opencity.appointment;

/**
 * An appointment in the desk's day list: with the resident's name, which only the point's staff see.
 *
 * @param counters the numbers of the open counters that serve its line
 */
public record DeskAppointment(Appointment appointment, String residentName, java.util.List<Integer> counters) {}
