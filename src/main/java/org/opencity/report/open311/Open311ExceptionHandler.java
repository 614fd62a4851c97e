package org.opencity.report.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the Open311 controllers in the spec's error format instead of the platform's problem JSON.
 */
@RestControllerAdvice(
        assignableTypes = {
            Open311DiscoveryController.class,
            Open311RequestController.class,
            Open311SubmitController.class,
            Open311UpdateController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ExceptionHandler {

    private final Open311Errors errors;

    Open311ExceptionHandler(Open311Errors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failure(Exception failure, HttpServletRequest request) {
        return errors.answer(failure, request);
    }
}
