package org.opencity.opendata.internal;

import java.util.Map;
import org.opencity.opendata.ResourceRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An uploaded JSON document parses whole (one value, nothing after it), read as a stream of tokens; if it is a
 * GeoJSON FeatureCollection (RFC 7946), each of its features must be one a map can draw: a Feature whose geometry is
 * null or a geometry of a known type with coordinates of the right depth. Features are read one at a time, so a large
 * file never becomes one large tree.
 */
final class JsonFileCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How deep each geometry type nests its positions: a Point is a position, a Polygon a list of rings of them. */
    private static final Map<String, Integer> DEPTHS =
            Map.of("Point", 0, "MultiPoint", 1, "LineString", 1, "MultiLineString", 2, "Polygon", 2, "MultiPolygon", 3);

    private JsonFileCheck() {}

    /**
     * @return whether the document is a GeoJSON FeatureCollection
     * @throws ResourceRefused when it does not parse, or is GeoJSON with an invalid feature
     */
    static boolean check(byte[] content) {
        try (JsonParser parser = JSON.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ResourceRefused.invalid("problem.opendata.json-malformed", 1, 1);
            }
            boolean featureCollection = first == JsonToken.START_OBJECT && rootObject(parser);
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw ResourceRefused.invalid(
                        "problem.opendata.json-malformed",
                        parser.currentLocation().getLineNr(),
                        parser.currentLocation().getColumnNr());
            }
            return featureCollection;
        } catch (JacksonException malformed) {
            int line = malformed.getLocation() == null
                    ? 0
                    : malformed.getLocation().getLineNr();
            int column = malformed.getLocation() == null
                    ? 0
                    : malformed.getLocation().getColumnNr();
            throw ResourceRefused.invalid("problem.opendata.json-malformed", line, column);
        }
    }

    /**
     * Reads the root object to its end; true when it is a FeatureCollection (then with valid features only). The
     * members may come in any order, so a feature's fault counts only once the type says the features are GeoJSON's
     * (another document may well have a "features" list of its own).
     */
    private static boolean rootObject(JsonParser parser) {
        String type = null;
        boolean features = false;
        int position = 0;
        int firstInvalid = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                type = parser.getString();
            } else if (name.equals("features") && value == JsonToken.START_ARRAY) {
                features = true;
                for (JsonToken item = parser.nextToken();
                        item != JsonToken.END_ARRAY && item != null;
                        item = parser.nextToken()) {
                    position++;
                    JsonNode feature = parser.readValueAsTree();
                    if (firstInvalid == 0 && !validFeature(feature)) {
                        firstInvalid = position;
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        boolean featureCollection = "FeatureCollection".equals(type);
        if (featureCollection && firstInvalid > 0) {
            throw ResourceRefused.invalid("problem.opendata.geojson-feature", firstInvalid);
        }
        if (featureCollection && !features) {
            throw ResourceRefused.invalid("problem.opendata.geojson-not-collection");
        }
        return featureCollection;
    }

    private static boolean validFeature(JsonNode feature) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(null))) {
            return false;
        }
        JsonNode properties = feature.path("properties");
        if (!properties.isMissingNode() && !properties.isNull() && !properties.isObject()) {
            return false;
        }
        JsonNode geometry = feature.path("geometry");
        return geometry.isNull() || validGeometry(geometry);
    }

    private static boolean validGeometry(JsonNode geometry) {
        if (!geometry.isObject()) {
            return false;
        }
        String type = geometry.path("type").asString(null);
        if ("GeometryCollection".equals(type)) {
            JsonNode members = geometry.path("geometries");
            if (!members.isArray()) {
                return false;
            }
            for (JsonNode member : members) {
                if (!validGeometry(member)) {
                    return false;
                }
            }
            return true;
        }
        Integer depth = type == null ? null : DEPTHS.get(type);
        return depth != null && coordinates(geometry.path("coordinates"), depth);
    }

    /** A position (two or three numbers) nested {@code depth} lists deep. */
    private static boolean coordinates(JsonNode node, int depth) {
        if (!node.isArray()) {
            return false;
        }
        if (depth == 0) {
            if (node.size() < 2 || node.size() > 3) {
                return false;
            }
            for (JsonNode number : node) {
                if (!number.isNumber()) {
                    return false;
                }
            }
            return true;
        }
        for (JsonNode child : node) {
            if (!coordinates(child, depth - 1)) {
                return false;
            }
        }
        return true;
    }
}
