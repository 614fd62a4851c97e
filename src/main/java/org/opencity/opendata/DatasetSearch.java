package org.opencity.opendata;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * A search as CKAN's {@code package_search} takes it: words ({@code q}), filters by field ({@code fq}, e.g.
 * {@code organization:so-khcn tags:phuong-xa}), a page ({@code start}, {@code rows}), an order ({@code sort}, e.g.
 * {@code metadata_modified desc}) and the fields to count ({@code facet.field}).
 */
@RecordBuilder
public record DatasetSearch(
        String q, Map<String, String> filters, int start, int rows, String sort, List<String> facetFields) {

    public DatasetSearch {
        filters = Map.copyOf(filters);
        facetFields = List.copyOf(facetFields);
    }
}
