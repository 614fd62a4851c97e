package org.opencity.engagement;

/** A poll asks people to choose among candidates; a survey asks them questions. */
public enum PollKind {
    POLL,
    SURVEY
}
