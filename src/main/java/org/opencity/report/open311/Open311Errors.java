package org.opencity.report.open311;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.report.UnknownCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Any failure as the spec's error list (a JSON array of code and description, or XML errors/error elements),
 * in the format of the path. The HTTP status follows the spec: 403 for the API key,
 * 404 for what does not exist, 400 for every other mistake of the client (the body's code keeps the more precise
 * status, e.g. 422 for a place outside the city or 415 for a file that is no photo). Descriptions are in English,
 * which is what client developers read. Nothing a client sends becomes a 500.
 */
@Component
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final Open311Writer writer;
    private final ProblemWriter problems;

    Open311Errors(Open311Writer writer, ProblemWriter problems) {
        this.writer = writer;
        this.problems = problems;
    }

    /** Whether the request is an Open311 one: under /open311/. */
    static boolean isOpen311(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/open311/");
    }

    /** Writes the failure straight to the response, for answers given outside a controller. */
    void write(Throwable failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResponseEntity<byte[]> answer = answer(failure, request);
        response.setStatus(answer.getStatusCode().value());
        response.setContentType(String.valueOf(answer.getHeaders().getContentType()));
        response.getOutputStream().write(answer.getBody());
    }

    ResponseEntity<byte[]> answer(Throwable failure, HttpServletRequest request) {
        Failure error = error(failure);
        int status = error.code() == 403 || error.code() == 404 || error.code() == 405 || error.code() >= 500
                ? error.code()
                : HttpStatus.BAD_REQUEST.value();
        if (status >= 500) {
            log.error("Open311 call {} failed", request.getRequestURI(), failure);
        }
        Open311Document.Fields body =
                new Open311Document.Fields().put("code", error.code()).put("description", error.description());
        return writer.answer(
                Open311Format.of(request),
                HttpStatusCode.valueOf(status),
                Open311Document.list("errors", "error", List.of(body)));
    }

    private Failure error(Throwable failure) {
        if (failure instanceof Open311Error open311) {
            return new Failure(open311.status().value(), open311.getMessage());
        }
        if (failure instanceof UnknownCategory unknown) {
            return new Failure(404, english(unknown));
        }
        if (failure instanceof LocalizedProblem problem) {
            return new Failure(problem.status().value(), english(problem));
        }
        if (failure instanceof MissingServletRequestParameterException missing) {
            return new Failure(400, missing.getParameterName() + " is required");
        }
        if (failure instanceof TypeMismatchException mismatch) {
            return new Failure(400, mismatch.getPropertyName() + " has an invalid value: " + mismatch.getValue());
        }
        if (failure instanceof MaxUploadSizeExceededException) {
            return new Failure(413, "The uploaded media file is too large");
        }
        if (failure instanceof MultipartException) {
            return new Failure(400, "The multipart request could not be read");
        }
        if (failure instanceof HttpMessageNotReadableException) {
            return new Failure(400, "The request body could not be read");
        }
        if (failure instanceof HttpMediaTypeNotSupportedException) {
            return new Failure(415, "Send application/x-www-form-urlencoded or multipart/form-data");
        }
        if (failure instanceof HttpRequestMethodNotSupportedException method) {
            return new Failure(405, "This resource does not support " + method.getMethod());
        }
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return new Failure(404, "There is no such Open311 resource; see discovery.xml");
        }
        if (failure instanceof ErrorResponse response
                && response.getStatusCode().is4xxClientError()) {
            return new Failure(response.getStatusCode().value(), "The request is not valid");
        }
        if (failure instanceof DataIntegrityViolationException) {
            return new Failure(409, "The request conflicts with existing data");
        }
        if (failure instanceof IllegalArgumentException) {
            return new Failure(400, "The request is not valid");
        }
        return new Failure(500, "The service failed; please try again later");
    }

    private String english(LocalizedProblem problem) {
        return problems.message(problem.messageKey(), problem.arguments(), Locale.ENGLISH);
    }

    private record Failure(int code, String description) {}
}
