package org.opencity.opendata;

/** The organisation that publishes a dataset (CKAN organization, DCAT publisher). */
public record Publisher(String name, String title, String description) {}
