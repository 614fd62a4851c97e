package org.opencity.appointment;

/** Where an appointment stands. */
public enum AppointmentStatus {
    /** Booked and still ahead (or today, not yet checked in). */
    BOOKED,
    /** Cancelled by the resident before the cut-off. */
    CANCELLED,
    /** The resident came and the desk checked them in. */
    CHECKED_IN,
    /** The slot ended and nobody came. */
    NO_SHOW;

    public boolean active() {
        return this == BOOKED || this == CHECKED_IN;
    }
}
