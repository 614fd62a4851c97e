package org.opencity.procedure;

import java.util.regex.Pattern;

/**
 * A procedure's code in the national procedures database, e.g. {@code 1.001193} (birth registration).
 */
public record ProcedureCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]\\.[0-9]{6}");

    public ProcedureCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ProcedureNotFound(String.valueOf(value));
        }
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value == null ? null : value.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
