package org.opencity.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers — a path with an encoded slash, backslash or NUL, invalid UTF-8, an address over the
 * header limit — are written before any filter or controller runs. This valve takes the place of Tomcat's HTML
 * report so that those, too, are problem documents (with a request id) under the API, and a plain page
 * elsewhere, without any server details.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemErrorReportValve(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !isMachinePath(request)) {
            super.report(request, response, failure);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        Locale locale = locale(request);
        String requestId = UUID.randomUUID().toString();
        String reason = HttpStatus.resolve(status) == null
                ? "Error"
                : HttpStatus.valueOf(status).getReasonPhrase();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("problem.title." + status, null, reason, locale));
        problem.put("status", status);
        problem.put(
                "detail",
                messages.getMessage(
                        status == 400 ? "problem.detail.path-malformed" : "problem.detail." + status,
                        null,
                        reason,
                        locale));
        problem.put("requestId", requestId);
        log.debug("Tomcat refused a request before the application ({}), request id {}", status, requestId);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("X-Request-Id", requestId);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem for a refused request", e);
        }
    }

    /** The raw request line's path: the decoded one may be what was refused. */
    private static boolean isMachinePath(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (uri == null || uri.isEmpty()) {
            // The request line itself could not be read (e.g. over the header limit): answer as to a machine.
            return true;
        }
        return ApiRequests.isMachinePath(uri);
    }

    private static Locale locale(Request request) {
        String language = request.getCoyoteRequest().getHeader("Accept-Language");
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
    }
}
