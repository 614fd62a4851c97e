package org.opencity.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the refusal audit lines a request kept back, after the request's own transaction (the idempotency
 * filter's, order 10, which this one wraps) has ended, so a rollback cannot erase them.
 */
@Component
@Order(5)
class RefusalAuditFilter extends OncePerRequestFilter {

    private final RefusalAuditor auditor;

    RefusalAuditFilter(RefusalAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            auditor.writePending(request);
        }
    }
}
