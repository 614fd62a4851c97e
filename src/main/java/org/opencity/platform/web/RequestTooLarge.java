package org.opencity.platform.web;

import java.io.IOException;

/**
 * Thrown while reading a body that grows past the configured limit without announcing its length.
 */
class RequestTooLarge extends IOException {

    RequestTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
