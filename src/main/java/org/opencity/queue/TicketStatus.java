package org.opencity.queue;

/** Where a ticket is: waiting, called to a counter, being served, done, or ended after a second missed call. */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW;

    public boolean atCounter() {
        return this == CALLED || this == SERVING;
    }
}
