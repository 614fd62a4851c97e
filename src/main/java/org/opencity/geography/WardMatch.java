package org.opencity.geography;

/**
 * A search hit: the ward, and the former name that matched when the query used one.
 */
public record WardMatch(Ward ward, WardAlias matchedAlias) {}
