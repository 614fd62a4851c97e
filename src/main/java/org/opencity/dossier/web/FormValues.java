package org.opencity.dossier.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The procedure's fields as a page posts them: named {@code field.<name>}, so they never clash with the page's own
 * parameters (procedure, ward, the CSRF token).
 */
final class FormValues {

    static final String PREFIX = "field.";

    private FormValues() {}

    static Map<String, String> of(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                values.put(name.substring(PREFIX.length()), value);
            }
        });
        return values;
    }
}
