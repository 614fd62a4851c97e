package org.opencity.opendata;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A file of a dataset (CKAN resource, DCAT distribution): generated when it is downloaded, uploaded by an
 * administrator and kept by the platform, or a link to a file kept elsewhere.
 *
 * @param format CSV, JSON or GeoJSON (CKAN's format names)
 * @param link the address of a file kept elsewhere; null for a file the platform sends itself
 * @param sizeBytes the file's size when it is known in advance (an uploaded file); null for generated files and links
 */
@RecordBuilder
public record DataResource(
        String id, String name, String description, String format, String mediaType, String link, Long sizeBytes) {

    public static final String CSV = "CSV";
    public static final String JSON = "JSON";
    public static final String GEOJSON = "GeoJSON";

    /** Whether the platform sends this file itself (a link is followed elsewhere instead). */
    public boolean servedHere() {
        return link == null;
    }

    public boolean isGeoJson() {
        return GEOJSON.equals(format);
    }
}
