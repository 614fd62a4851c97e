package org.opencity.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record UnitId(@JsonValue UUID value) {

    @JsonCreator
    public static UnitId of(UUID value) {
        return new UnitId(value);
    }

    public UnitId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
