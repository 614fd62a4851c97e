package org.opencity.platform;

import org.springframework.http.HttpStatus;

/**
 * Base of the domain exceptions that reach a user: an HTTP status and a message key resolved in the
 * user's language, so the API answers with a problem response and a page with a readable message.
 */
public abstract class LocalizedProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    protected LocalizedProblem(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Seconds a client should wait before trying again (a Retry-After header), or 0 when waiting does not help. */
    public long retryAfterSeconds() {
        return 0;
    }

    /** A short, stable name for the problem type, e.g. "ward-not-found". */
    public String code() {
        return messageKey.replaceFirst("^problem\\.", "").replace('.', '-');
    }
}
