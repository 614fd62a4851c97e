package org.opencity.opendata;

import io.soabase.recordbuilder.core.RecordBuilder;

/** A downloadable file of a dataset (CKAN resource, DCAT distribution); generated when it is downloaded. */
@RecordBuilder
public record DataResource(String id, String name, String description, String format, String mediaType) {}
