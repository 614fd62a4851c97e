package org.opencity.assistant.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.opencity.platform.ProblemWriter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link QuestionRateLimit} to the API's questions and hand-over requests, with a 429 problem and
 * Retry-After. It runs after Spring Security (it needs to know who is signed in) and before the Idempotency-Key
 * filter (order 10), so a refused request keeps no answer under its key: the client retries with the same key once
 * the wait is over.
 */
@Component
@Order(5)
class QuestionRateLimitFilter extends OncePerRequestFilter {

    private final QuestionRateLimit limit;
    private final ProblemWriter problems;

    QuestionRateLimitFilter(QuestionRateLimit limit, ProblemWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || !(path.equals("/api/v1/assistant/ask")
                        || (path.startsWith("/api/v1/assistant/conversations/") && path.endsWith("/handover")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limit.refusal(QuestionRateLimit.client(request.getRemoteAddr()));
        if (wait.isPresent()) {
            long seconds = QuestionRateLimit.seconds(wait.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.assistant.too-many", seconds);
            return;
        }
        chain.doFilter(request, response);
    }
}
