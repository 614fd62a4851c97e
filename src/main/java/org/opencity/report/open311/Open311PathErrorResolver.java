package org.opencity.report.open311;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures under /open311/ that happen before one of our controllers is chosen, which no controller advice can
 * see: an upload over the multipart limit, an unknown path, a wrong method or content type. They get the spec's
 * error format too. Runs after Spring Boot's error-attribute recorder and before Spring MVC's own resolvers.
 */
@Component
class Open311PathErrorResolver implements HandlerExceptionResolver, Ordered {

    private final Open311Errors errors;

    Open311PathErrorResolver(Open311Errors errors) {
        this.errors = errors;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        // Failures inside our controllers are Open311ExceptionHandler's (this resolver runs before advice).
        boolean ours = handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(getClass().getPackageName());
        if (ours || !Open311Errors.isOpen311(request)) {
            return null;
        }
        try {
            errors.write(failure, request, response);
            return new ModelAndView();
        } catch (IOException clientGone) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
