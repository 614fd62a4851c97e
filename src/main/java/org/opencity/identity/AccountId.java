package org.opencity.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record AccountId(@JsonValue UUID value) {

    @JsonCreator
    public static AccountId of(UUID value) {
        return new AccountId(value);
    }

    public AccountId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
