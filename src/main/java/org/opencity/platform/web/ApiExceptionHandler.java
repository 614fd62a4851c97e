package org.opencity.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a JSON controller into an RFC 9457 problem in the caller's language.
 * Nothing a client sends should surface as a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemWriter problems;
    private final ApplicationEventPublisher events;

    ApiExceptionHandler(ProblemWriter problems, ApplicationEventPublisher events) {
        this.problems = problems;
        this.events = events;
    }

    @ExceptionHandler(LocalizedProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(LocalizedProblem problem, WebRequest request) {
        if (problem.status() == HttpStatus.FORBIDDEN && request instanceof ServletWebRequest servlet) {
            events.publishEvent(RequestRefused.of(servlet.getRequest(), problem.code(), problem));
        }
        ProblemDetail body = problems.problem(problem.status(), problem.messageKey(), problem.arguments(), locale());
        body.setType(URI.create("urn:opencity:problem:" + problem.code()));
        if (problem.retryAfterSeconds() > 0 && request instanceof ServletWebRequest servlet) {
            servlet.getResponse()
                    .setHeader(
                            org.springframework.http.HttpHeaders.RETRY_AFTER,
                            Long.toString(problem.retryAfterSeconds()));
        }
        return respond(body, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex, WebRequest request) {
        log.info(
                "Write refused by a database constraint: {}",
                ex.getMostSpecificCause().getMessage());
        return respond(problems.problem(HttpStatus.CONFLICT, "problem.detail.conflict", null, locale()), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex, WebRequest request) {
        log.debug("Bad argument", ex);
        return respond(problems.problem(HttpStatus.BAD_REQUEST, "problem.detail.400", null, locale()), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        LocalizedProblem inBody = ex instanceof HttpMessageNotReadableException ? causeOf(ex) : null;
        if (inBody != null) {
            // A value object refused what the JSON said (e.g. a rating of 9): say why, not just "unreadable".
            ResponseEntity<ProblemDetail> answer = domainProblem(inBody, request);
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .body(answer.getBody());
        }
        HttpStatusCode status = tooLarge(ex) ? HttpStatus.CONTENT_TOO_LARGE : statusCode;
        ProblemDetail problem = body instanceof ProblemDetail given && given.getStatus() == status.value()
                ? given
                : ProblemDetail.forStatus(status);
        problems.localize(problem, detailKey(ex, status), detailArguments(ex), locale());
        if (ex instanceof MethodArgumentNotValidException invalid) {
            problem.setProperty("errors", fieldErrors(invalid.getBindingResult().getFieldErrors()));
        }
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            headers.forEach((name, values) ->
                    values.forEach(value -> servlet.getResponse().addHeader(name, value)));
            respond(problem, request);
            return null;
        }
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static boolean tooLarge(Exception ex) {
        return ex instanceof HttpMessageNotReadableException && hasCause(ex, RequestTooLarge.class);
    }

    /** A value as the client sent it, shortened: several values of one parameter are listed, not an array's name. */
    private static String shown(Object value) {
        String text = value instanceof Object[] values
                ? String.join(
                        ", ",
                        java.util.Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static long limitKb(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLarge tooLarge) {
                return tooLarge.limit() / 1024;
            }
        }
        return 0;
    }

    private static LocalizedProblem causeOf(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof LocalizedProblem problem) {
                return problem;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String detailKey(Exception ex, HttpStatusCode status) {
        if (tooLarge(ex)) {
            return "problem.detail.body-too-large";
        }
        if (ex instanceof HandlerMethodValidationException || ex instanceof MethodArgumentNotValidException) {
            return "problem.detail.validation";
        }
        return "problem.detail." + ex.getClass().getSimpleName();
    }

    private static Object[] detailArguments(Exception ex) {
        if (tooLarge(ex)) {
            return new Object[] {limitKb(ex)};
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return new Object[] {mismatch.getPropertyName(), shown(mismatch.getValue())};
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return new Object[] {missing.getParameterName()};
        }
        return new Object[0];
    }

    private List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        Locale locale = locale();
        return errors.stream()
                .map(error -> Map.of(
                        "field",
                        error.getField(),
                        "message",
                        problems.message(messageCode(error), error.getArguments(), locale)))
                .toList();
    }

    private static String messageCode(FieldError error) {
        String[] codes = error.getCodes();
        String code = codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
        return "validation." + code;
    }

    /**
     * Writes the problem itself instead of handing it to content negotiation, which leaves the body empty when the
     * client's Accept header excludes JSON (RFC 9457 problems are sent whatever the client said it accepts).
     */
    private ResponseEntity<ProblemDetail> respond(ProblemDetail body, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            body.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            try {
                servlet.getResponse().resetBuffer();
                problems.writeBody(servlet.getResponse(), body);
                return null;
            } catch (java.io.IOException | IllegalStateException e) {
                log.debug("Could not write a problem response", e);
            }
        }
        return ResponseEntity.status(body.getStatus()).body(body);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
