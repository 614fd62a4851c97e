package org.opencity.platform.web;

import java.io.IOException;

/**
 * Thrown while reading a body that grows past the configured limit without announcing its length.
 */
public class RequestTooLarge extends IOException {

    private final long limit;

    RequestTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
