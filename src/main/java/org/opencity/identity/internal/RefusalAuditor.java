package org.opencity.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.IdentityAuditAction;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.RequestRefused;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes an {@code ACCESS_REFUSED} audit line for every refusal of a signed-in caller: who tried what on which
 * record, refused why. A refusal inside a transaction that is about to roll back (a request with an
 * Idempotency-Key) would take its audit line with it, so there the line waits in the request until
 * {@link RefusalAuditFilter} writes it after every transaction of the request has ended.
 */
@Component
public class RefusalAuditor {

    static final String PENDING = RefusalAuditor.class.getName() + ".pending";

    private final AuditRepository audit;
    private final Actors actors;

    RefusalAuditor(AuditRepository audit, Actors actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @EventListener
    void on(RequestRefused refused) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return;
        }
        PendingLine line = line(caller.getName(), refused);
        HttpServletRequest request = currentRequest();
        if (request != null && TransactionSynchronizationManager.isActualTransactionActive()) {
            pending(request).add(line);
        } else {
            write(line);
        }
    }

    /** Writes the lines a request kept back; called once its transactions have ended. */
    void writePending(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<PendingLine> lines = (List<PendingLine>) request.getAttribute(PENDING);
        if (lines != null) {
            request.removeAttribute(PENDING);
            lines.forEach(this::write);
        }
    }

    private PendingLine line(String principal, RequestRefused refused) {
        AccountId account = accountId(principal);
        String name = account == null
                ? "client:" + principal
                : actors.actor(account).map(Actor::displayName).orElse(principal);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", refused.reason());
        details.put("request", refused.method() + " " + refused.path());
        boolean named = refused.recordType() != null;
        return new PendingLine(
                account,
                name,
                named ? refused.recordType() : "request",
                named ? refused.recordId() : refused.method() + " " + refused.path(),
                details,
                MDC.get(ProblemWriter.REQUEST_ID));
    }

    private void write(PendingLine line) {
        audit.append(
                line.actor(),
                line.actorName(),
                IdentityAuditAction.ACCESS_REFUSED.name(),
                line.targetType(),
                line.targetId(),
                null,
                line.details(),
                line.requestId());
    }

    private static List<PendingLine> pending(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<PendingLine> lines = (List<PendingLine>) request.getAttribute(PENDING);
        if (lines == null) {
            lines = new ArrayList<>();
            request.setAttribute(PENDING, lines);
        }
        return lines;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /** Token subjects are account ids (ADR 0002); an agency's client-credentials token has its client id. */
    private static AccountId accountId(String principal) {
        try {
            return new AccountId(UUID.fromString(principal));
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }

    private record PendingLine(
            AccountId actor,
            String actorName,
            String targetType,
            String targetId,
            Map<String, Object> details,
            String requestId) {}
}
