package org.opencity.engagement;

/** Where a poll stands now, from its times and whether its result was published. */
public enum PollStatus {
    UPCOMING,
    OPEN,
    CLOSED,
    PUBLISHED
}
