package org.opencity.report.web;

/**
 * Where the report form places the problem, in words for the resident: the ward found and the point, or why no
 * ward was found.
 *
 * @param found whether the report could be sent with this place
 */
record PlaceDescription(boolean found, String text) {}
