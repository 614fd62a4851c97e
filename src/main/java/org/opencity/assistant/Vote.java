package org.opencity.assistant;

/** A resident's thumbs up or down on one answer. */
public enum Vote {
    UP,
    DOWN
}
