package org.opencity.opendata.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.OpenDataCatalogue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection's first features as table rows: one column per property (in the order they first
 * appear) and the geometry's type. Read as a stream from the beginning of the file, so the text may end mid-feature;
 * the features read whole until then are shown.
 */
final class GeoJsonPreview {

    static final String GEOMETRY = "geometry";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonPreview() {}

    static Preview of(OpenDataCatalogue catalogue, DataResource resource, int rows) {
        Preview.FirstText text =
                Preview.FirstText.characters(Preview.GEOJSON_CHARACTERS).fill(catalogue, resource.id());
        List<JsonNode> features = new ArrayList<>();
        boolean more = text.cut();
        try (JsonParser parser = JSON.createParser(text.text())) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (!name.equals("features") || value != JsonToken.START_ARRAY) {
                        parser.skipChildren();
                        continue;
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        if (features.size() == rows) {
                            more = true;
                            break;
                        }
                        features.add(parser.readValueAsTree());
                    }
                    break;
                }
            }
        } catch (JacksonException cutMidFeature) {
            // The text stopped inside a feature: the ones before it are shown.
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        features.forEach(
                f -> f.path("properties").propertyNames().forEach(p -> columns.putIfAbsent(p, columns.size())));
        List<String> header = new ArrayList<>(columns.keySet());
        header.add(GEOMETRY);
        List<List<String>> table = new ArrayList<>();
        for (JsonNode feature : features) {
            List<String> row = new ArrayList<>();
            for (String column : columns.keySet()) {
                JsonNode value = feature.path("properties").path(column);
                row.add(
                        value.isMissingNode() || value.isNull()
                                ? ""
                                : value.isValueNode() ? value.asString() : value.toString());
            }
            row.add(feature.path("geometry").path("type").asString(""));
            table.add(row);
        }
        return features.isEmpty()
                ? new Preview(resource, List.of(), List.of(), false)
                : new Preview(resource, header, table, more);
    }
}
