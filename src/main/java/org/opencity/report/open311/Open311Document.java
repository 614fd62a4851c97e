package org.opencity.report.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Open311 answer, built once and written as XML or JSON. The spec derives its JSON from the XML by the
 * Spark convention: the root element disappears and a list element becomes an array of its children, which
 * is why a list carries the name of its XML child elements.
 *
 * @param root the XML root element, e.g. {@code services}; absent from the JSON
 * @param body a {@link Fields} (JSON object) or {@link Items} (JSON array)
 */
record Open311Document(String root, Object body) {

    static Open311Document list(String root, String item, List<?> values) {
        return new Open311Document(root, new Items(item, values));
    }

    /** A list: a JSON array, or in XML one element per value named {@code element}. */
    record Items(String element, List<?> values) {

        Items {
            values = List.copyOf(values);
        }
    }

    /** Named values in the spec's order; null values stay (JSON null, empty XML element). */
    static final class Fields {

        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Map<String, Object> asMap() {
            return values;
        }
    }
}
