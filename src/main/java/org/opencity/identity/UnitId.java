package org.opencity.identity;

import java.util.UUID;

public record UnitId(UUID value) {

    public UnitId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
