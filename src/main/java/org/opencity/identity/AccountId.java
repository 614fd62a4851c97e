package org.opencity.identity;

import java.util.UUID;

public record AccountId(UUID value) {

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
