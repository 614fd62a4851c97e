package org.opencity.report.open311;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencity.platform.RefusalFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/open311/");
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String description)
            throws IOException {
        ResponseEntity<byte[]> answer = errors.answer(new Open311Error(status, description), request);
        response.setStatus(answer.getStatusCode().value());
        response.setContentType(String.valueOf(answer.getHeaders().getContentType()));
        response.getOutputStream().write(answer.getBody());
    }
}
