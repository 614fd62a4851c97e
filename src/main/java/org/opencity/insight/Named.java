package org.opencity.insight;

/** Figures of one group with the name people know it by: a ward's, a unit's, a category's, a procedure's. */
public record Named<T>(String key, String name, T figures) {}
