package org.opencity.opendata;

import java.util.List;
import java.util.Map;

/** The datasets of one page, how many match in all, and per facet field the values with their counts. */
public record SearchResult(long count, List<Dataset> results, Map<String, Map<String, Long>> facets) {

    public SearchResult {
        results = List.copyOf(results);
        facets = Map.copyOf(facets);
    }
}
