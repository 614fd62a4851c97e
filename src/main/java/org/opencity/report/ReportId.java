package org.opencity.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record ReportId(@JsonValue UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ReportId of(UUID value) {
        return new ReportId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
