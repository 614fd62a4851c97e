package org.opencity.platform.web;

import org.opencity.platform.InvalidRequest;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads JSON strings as usual but refuses one holding a NUL character ({@code \u0000}): PostgreSQL cannot store
 * it in a text column, so it would otherwise fail deep in a write. The refusal reaches the client as a 400 that
 * says why.
 */
class NulRefusingStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidRequest("problem.detail.nul-character");
        }
        return value;
    }
}
