package org.opencity.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.RefusalFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads what the container parses lazily — the query and form parameters, the parts of a multipart body — once,
 * before anything else does, and refuses a request whose framing is broken with a 4xx problem: a multipart type
 * without a boundary, a body cut short, an invalid file name, invalid percent-encoding or UTF-8, too many
 * parameters, a form over the size limit, or a NUL character in any parameter (PostgreSQL cannot store it).
 * Without this, the first component to touch the parameters (a security filter, the multipart resolver, the
 * error page) fails with a 500 somewhere in the middle.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestFramingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestFramingFilter.class);
    private static final Refusal OVER_THE_LIMIT = new Refusal(HttpStatus.CONTENT_TOO_LARGE, null, "over the limit");

    private final ProblemWriter problems;
    private final List<RefusalFormat> formats;

    RequestFramingFilter(ProblemWriter problems, List<RefusalFormat> formats) {
        this.problems = problems;
        this.formats = List.copyOf(formats);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = check(request);
        if (refusal != null) {
            log.debug("Refused a malformed request to {}: {}", request.getRequestURI(), refusal.reason());
            RefusalFormat standard =
                    formats.stream().filter(f -> f.answers(request)).findFirst().orElse(null);
            if (standard != null) {
                standard.write(
                        request,
                        response,
                        refusal.status(),
                        problems.message(refusal.detailKey(), null, Locale.ENGLISH));
            } else {
                Refusals.answer(request, response, problems, refusal.status(), refusal.detailKey());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static Refusal check(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (!readable(contentType)) {
            return new Refusal(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.detail.content-type-unreadable", contentType);
        }
        if (!readable(request.getHeader("Accept"))) {
            return new Refusal(HttpStatus.BAD_REQUEST, "problem.detail.accept-unreadable", "Accept");
        }
        boolean multipart =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            // multipart/mixed, /related …: no endpoint takes them, and the multipart resolver would fail on them.
            return new Refusal(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.detail.multipart-form-data-only", contentType);
        }
        try {
            if (multipart) {
                Refusal broken = partsOf(request);
                if (broken != null) {
                    return broken == OVER_THE_LIMIT ? null : broken;
                }
            }
            return nulIn(request.getParameterMap());
        } catch (InvalidParameterException e) {
            HttpStatus status = HttpStatus.resolve(e.getErrorCode());
            return status == HttpStatus.CONTENT_TOO_LARGE
                    ? new Refusal(status, "problem.detail.form-too-large", e.getMessage())
                    : new Refusal(HttpStatus.BAD_REQUEST, "problem.detail.parameters-malformed", e.getMessage());
        } catch (IOException | ServletException e) {
            return new Refusal(HttpStatus.BAD_REQUEST, "problem.detail.multipart-malformed", e.getMessage());
        }
    }

    /**
     * Whether Spring can read the media types of a header. Its parser fails with an unchecked exception of the JDK
     * (not its own InvalidMediaTypeException) on some inputs, e.g. an unclosed quote, which would surface as a 500.
     */
    private static boolean readable(String mediaTypes) {
        if (mediaTypes == null) {
            return true;
        }
        try {
            MediaType.parseMediaTypes(mediaTypes);
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Parses the parts; Tomcat's upload parser also throws unchecked exceptions, e.g. for a NUL in a file name. */
    private static Refusal partsOf(HttpServletRequest request) throws IOException, ServletException {
        try {
            request.getParts();
            return null;
        } catch (IllegalStateException overTheLimit) {
            // Left to the multipart resolver: pages answer a file over the limit on the form itself (Tomcat keeps
            // the failure and raises it again there).
            return OVER_THE_LIMIT;
        } catch (RuntimeException e) {
            return new Refusal(HttpStatus.BAD_REQUEST, "problem.detail.multipart-malformed", e.getMessage());
        }
    }

    private static Refusal nulIn(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return new Refusal(HttpStatus.BAD_REQUEST, "problem.detail.nul-character", "NUL in a name");
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return new Refusal(HttpStatus.BAD_REQUEST, "problem.detail.nul-character", "NUL in a value");
                }
            }
        }
        return null;
    }

    private record Refusal(HttpStatus status, String detailKey, String reason) {}
}
