package org.opencity.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem responses in the caller's language, for controllers and for filters
 * that answer before any controller runs.
 */
@Component
public class ProblemWriter {

    /** Name of the request id in the logging context (MDC) and in problem responses. */
    public static final String REQUEST_ID = "requestId";

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final java.util.regex.Pattern UNFILLED = java.util.regex.Pattern.compile("\\{\\d+}");

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    public Locale locale(HttpServletRequest request) {
        return localeResolver.resolveLocale(request);
    }

    public String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A domain problem as a sentence for a page. */
    public String message(LocalizedProblem problem, Locale locale) {
        return message(problem.messageKey(), problem.arguments(), locale);
    }

    /** Fills title (by status), detail (by key) and the request id into a problem. */
    public ProblemDetail localize(ProblemDetail problem, String detailKey, Object[] args, Locale locale) {
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        int status = problem.getStatus();
        String reason = HttpStatus.resolve(status) == null
                ? "Error"
                : HttpStatus.valueOf(status).getReasonPhrase();
        problem.setTitle(messages.getMessage("problem.title." + status, null, reason, locale));
        if (detailKey != null) {
            String generic = messages.getMessage("problem.detail." + status, null, reason, locale);
            String detail = messages.getMessage(detailKey, args, generic, locale);
            // A message whose arguments were not given would show "{0}": the generic sentence says more.
            problem.setDetail(UNFILLED.matcher(detail).find() ? generic : detail);
        }
        String requestId = MDC.get(REQUEST_ID);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    public ProblemDetail problem(HttpStatusCode status, String detailKey, Object[] args, Locale locale) {
        return localize(ProblemDetail.forStatus(status), detailKey, args, locale);
    }

    /** Writes a problem straight to the response, for filters and security handlers. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            String detailKey,
            Object... args)
            throws IOException {
        ProblemDetail problem = problem(status, detailKey, args, locale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        writeBody(response, problem);
    }

    public void writeBody(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "type",
                problem.getType() == null
                        ? ABOUT_BLANK.toString()
                        : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
