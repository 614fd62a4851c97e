package org.opencity.opendata;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A file or link that cannot be added to a dataset, with the reason in the administrator's language; nothing was
 * kept.
 */
public class ResourceRefused extends LocalizedProblem {

    private ResourceRefused(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    /** 413: over the upload limit. */
    public static ResourceRefused tooLarge(long maxMegabytes) {
        return new ResourceRefused(HttpStatus.CONTENT_TOO_LARGE, "problem.opendata.file-too-large", maxMegabytes);
    }

    /** 415: not a CSV, JSON or GeoJSON file by its name, or not plain text by its content. */
    public static ResourceRefused unsupported(String what) {
        return new ResourceRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.opendata.file-type", what);
    }

    /** 400: the file's content breaks a rule of its format; the message key says which. */
    public static ResourceRefused invalid(String messageKey, Object... arguments) {
        return new ResourceRefused(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
