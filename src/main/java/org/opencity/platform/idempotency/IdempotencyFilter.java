package org.opencity.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencity.platform.ProblemWriter;
import org.opencity.platform.idempotency.IdempotencyStore.StoredResponse;
import org.opencity.platform.web.ApiProperties;
import org.opencity.platform.web.RequestTooLarge;
import org.opencity.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes POST, PUT and PATCH under /api/ safe to retry: a request carrying an {@code Idempotency-Key}
 * that was already answered gets the same answer again instead of a second effect.
 * <p>
 * The claim of the key, the request's effect and its stored answer commit in one transaction, which the
 * filter opens before the controller runs and the services join (ADR 0003). A crash at any instant leaves
 * either all three or none, so a retry either gets the first answer or runs again; it is never stuck. The
 * client hears the answer only after that commit.
 */
@Component
@Order(10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final PlatformTransactionManager transactions;
    private final Duration wait;

    IdempotencyFilter(
            IdempotencyStore store,
            ProblemWriter problems,
            PlatformTransactionManager transactions,
            ApiProperties properties) {
        this.store = store;
        this.problems = problems;
        this.transactions = transactions;
        this.wait = properties.idempotencyWait();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean unsafe = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        return !unsafe
                || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!SANE_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.detail.idempotency-key-invalid");
            return;
        }
        // A multipart body is read by the container into parts that can be read again; any other body is cached.
        // Both are read before the transaction opens, so a slow upload holds no database connection.
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        HttpServletRequest forward;
        try {
            forward = multipart ? request : new CachedBodyRequest(request);
        } catch (RequestTooLarge tooLarge) {
            problems.write(
                    request,
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "problem.detail.body-too-large",
                    tooLarge.limit() / 1024);
            return;
        }
        byte[] body = multipart ? parts(request) : ((CachedBodyRequest) forward).body();
        String scope = scope();
        String fingerprint = fingerprint(request, body);

        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        boolean claimed;
        try {
            claimed = store.claim(scope, key, fingerprint, wait);
        } catch (RuntimeException e) {
            rollback(transaction);
            if (!waitedTooLong(e)) {
                throw e;
            }
            problems.write(request, response, HttpStatus.CONFLICT, "problem.detail.idempotency-in-progress");
            return;
        }
        if (!claimed) {
            transactions.rollback(transaction);
            answerRepeat(request, response, store.find(scope, key), fingerprint);
            return;
        }
        runOnce(request, response, chain, forward, transaction, new StoredKey(scope, key, fingerprint));
    }

    private void runOnce(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            HttpServletRequest forward,
            TransactionStatus transaction,
            StoredKey claim)
            throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(forward, recorded);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            rollback(transaction);
            throw e;
        }
        StoredResponse answer = new StoredResponse(
                claim.fingerprint(),
                recorded.getStatus(),
                recorded.getContentType(),
                recorded.getHeader(HttpHeaders.LOCATION),
                recorded.getContentAsByteArray());
        if (recorded.getStatus() >= 500) {
            // Nothing stays: the key is free for a retry.
            rollback(transaction);
        } else if (transaction.isRollbackOnly()) {
            // A refused request (a domain problem thrown through a transactional service) changed nothing; its
            // answer is kept on its own so a retry hears the same refusal.
            transactions.rollback(transaction);
            storeAlone(claim, answer);
        } else {
            store.complete(claim.scope(), claim.key(), answer);
            if (!commit(request, response, transaction)) {
                return;
            }
        }
        recorded.copyBodyToResponse();
    }

    /** PostgreSQL's lock_not_available: the first request with this key is still running. */
    private static boolean waitedTooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException
                    || t instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Undoes the request; a connection that died has undone it already, which is no new failure to report. */
    private void rollback(TransactionStatus transaction) {
        try {
            transactions.rollback(transaction);
        } catch (RuntimeException e) {
            log.debug("Rollback after a failed request did not reach the database", e);
        }
    }

    private boolean commit(HttpServletRequest request, HttpServletResponse response, TransactionStatus transaction)
            throws IOException {
        try {
            transactions.commit(transaction);
            return true;
        } catch (RuntimeException e) {
            log.warn("A request with an Idempotency-Key could not be committed; the client may retry", e);
            response.reset();
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.detail.503");
            return false;
        }
    }

    private void storeAlone(StoredKey claim, StoredResponse answer) {
        TransactionStatus own = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            store.complete(claim.scope(), claim.key(), answer);
            transactions.commit(own);
        } catch (RuntimeException e) {
            if (!own.isCompleted()) {
                transactions.rollback(own);
            }
            // The answer is sent anyway; a retry runs the request again and is refused again.
            log.warn("Could not keep the answer of a refused request with an Idempotency-Key", e);
        }
    }

    private void answerRepeat(
            HttpServletRequest request,
            HttpServletResponse response,
            Optional<StoredResponse> earlier,
            String fingerprint)
            throws IOException {
        if (earlier.isEmpty() || !earlier.get().completed()) {
            problems.write(request, response, HttpStatus.CONFLICT, "problem.detail.idempotency-in-progress");
            return;
        }
        StoredResponse stored = earlier.get();
        if (!stored.fingerprint().equals(fingerprint)) {
            problems.write(
                    request, response, HttpStatus.UNPROCESSABLE_CONTENT, "problem.detail.idempotency-key-reused");
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    /** The parts' names, file names and contents, in order: what makes two multipart requests the same. */
    private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (jakarta.servlet.http.Part part : request.getParts()) {
            all.writeBytes((part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
            try (var in = part.getInputStream()) {
                all.writeBytes(Sha256.digest(in.readAllBytes()));
            }
        }
        return all.toByteArray();
    }

    private static String scope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean known = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return known ? "user:" + auth.getName() : "anonymous";
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        byte[] target = (request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString())
                .getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[target.length + body.length];
        System.arraycopy(target, 0, both, 0, target.length);
        System.arraycopy(body, 0, both, target.length, body.length);
        return Sha256.hex(both);
    }

    /** A claimed key: who claimed it and for which request. */
    private record StoredKey(String scope, String key, String fingerprint) {}
}
