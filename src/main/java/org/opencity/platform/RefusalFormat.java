package org.opencity.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * A standard's own error format for requests the platform refuses before any controller runs (broken framing,
 * invalid encodings). A module that speaks a standard with its own errors (Open311) contributes one, so its clients
 * get the format they parse; every other path gets a problem document.
 */
public interface RefusalFormat {

    /** Whether this format answers for the request's path. */
    boolean answers(HttpServletRequest request);

    /**
     * Writes the refusal.
     *
     * @param description what is wrong, in English (what client developers read)
     */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String description)
            throws IOException;
}
