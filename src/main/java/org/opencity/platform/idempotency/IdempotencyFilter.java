package org.opencity.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencity.platform.idempotency.IdempotencyStore.StoredResponse;
import org.opencity.platform.ProblemWriter;
import org.opencity.shared.Sha256;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes POST, PUT and PATCH under /api/ safe to retry: a request carrying an {@code Idempotency-Key}
 * that was already answered gets the same answer again instead of a second effect.
 * <p>
 * The key is claimed before the request runs, so two concurrent retries cannot both act. If the server
 * dies after acting but before recording the answer, the key stays claimed and a retry is told so (409)
 * rather than risking a duplicate.
 */
@Component
@Order(10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyStore store;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean unsafe = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        return !unsafe || request.getHeader(HEADER) == null
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
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        HttpServletRequest forward = multipart ? request : new CachedBodyRequest(request);
        byte[] body = multipart ? parts(request) : ((CachedBodyRequest) forward).body();
        String scope = scope();
        String fingerprint = fingerprint(request, body);
        if (!store.claim(scope, key, fingerprint)) {
            answerRepeat(request, response, store.find(scope, key), fingerprint);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean done = false;
        try {
            chain.doFilter(forward, recorded);
            done = recorded.getStatus() < 500;
        } finally {
            if (done) {
                store.complete(scope, key, new StoredResponse(fingerprint, recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        recorded.getContentAsByteArray()));
            } else {
                store.release(scope, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerRepeat(HttpServletRequest request, HttpServletResponse response,
            Optional<StoredResponse> earlier, String fingerprint) throws IOException {
        if (earlier.isEmpty() || !earlier.get().completed()) {
            problems.write(request, response, HttpStatus.CONFLICT, "problem.detail.idempotency-in-progress");
            return;
        }
        StoredResponse stored = earlier.get();
        if (!stored.fingerprint().equals(fingerprint)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "problem.detail.idempotency-key-reused");
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
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (jakarta.servlet.http.Part part : request.getParts()) {
            all.writeBytes((part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000").getBytes(StandardCharsets.UTF_8));
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
}
