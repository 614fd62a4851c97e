package org.opencity.report.open311;

import org.springframework.http.HttpStatus;

/**
 * A refusal worded for Open311 clients. The spec wants 403 for a wrong or missing api_key, 404 for what does
 * not exist and 400 for anything else a client got wrong.
 */
class Open311Error extends RuntimeException {

    private final HttpStatus status;

    Open311Error(HttpStatus status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static Open311Error badRequest(String description) {
        return new Open311Error(HttpStatus.BAD_REQUEST, description);
    }

    static Open311Error notFound(String description) {
        return new Open311Error(HttpStatus.NOT_FOUND, description);
    }

    static Open311Error forbidden(String description) {
        return new Open311Error(HttpStatus.FORBIDDEN, description);
    }
}
