package org.opencity.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a domain problem raised by a page as a readable page with the right status.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final ProblemWriter problems;
    private final ApplicationEventPublisher events;

    PageExceptionHandler(ProblemWriter problems, ApplicationEventPublisher events) {
        this.problems = problems;
        this.events = events;
    }

    @ExceptionHandler(LocalizedProblem.class)
    ModelAndView problem(LocalizedProblem problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem.status() == HttpStatus.FORBIDDEN) {
            events.publishEvent(RequestRefused.of(request, problem.code(), problem));
        }
        response.setStatus(problem.status().value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(problem.status());
        page.addObject("status", problem.status().value());
        page.addObject(
                "message",
                problems.message(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale()));
        return page;
    }
}
