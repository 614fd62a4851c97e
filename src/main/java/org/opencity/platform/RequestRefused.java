package org.opencity.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Someone signed in was refused something (a 403): published by the error handlers so the audit trail can
 * record who tried what on which record, and why, whichever module refused it.
 *
 * @param method the HTTP method, or a use case's name when no request is behind it
 * @param path the request path, without its query (which may hold personal data)
 * @param reason the problem's stable code, e.g. {@code not-allowed}
 * @param recordType the kind of record that was protected, when the refusal names one
 * @param recordId that record's id, when the refusal names one
 */
public record RequestRefused(String method, String path, String reason, String recordType, String recordId) {

    /** The refusal of this request, naming the record when the problem does. */
    public static RequestRefused of(HttpServletRequest request, String reason, Object problem) {
        RefusedRecord record = problem instanceof RefusedRecord named ? named : null;
        return new RequestRefused(
                request.getMethod(),
                request.getRequestURI(),
                reason,
                record == null ? null : record.recordType(),
                record == null ? null : record.recordId());
    }
}
