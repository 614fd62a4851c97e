package org.opencity.opendata;

/**
 * A file of a dataset kept elsewhere: its address (http or https), a name, a description and its format (CSV, JSON
 * or GeoJSON; blank: from the address's extension).
 */
public record ResourceLink(String url, String name, String description, String format) {}
