package org.opencity.assistant;

/** Where a request to talk to a person stands. */
public enum HandoverStatus {
    /** Waiting for an officer. */
    OPEN,
    /** An officer took it and will contact the resident or answer in person. */
    TAKEN
}
