package org.opencity.report.open311;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencity.platform.RefusalFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests under /open311/ that the platform refuses before any controller (invalid percent-encoding, too many
 * parameters, a broken upload) are answered in the spec's error list, like every other Open311 error.
 */
@Component
class Open311RefusalFormat implements RefusalFormat {

    private final Open311Errors errors;

    Open311RefusalFormat(Open311Errors errors) {
        this.errors = errors;
    }

    @Override
    public boolean answers(HttpServletRequest request) {
        return Open311Errors.isOpen311(request);
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String description)
            throws IOException {
        errors.write(new Open311Error(status, description), request, response);
    }
}
