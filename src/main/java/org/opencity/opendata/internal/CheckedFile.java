package org.opencity.opendata.internal;

/** An uploaded file that passed every check: its cleaned name, its format (CKAN's name) and its media type. */
public record CheckedFile(String fileName, String format, String mediaType) {}
