package org.opencity.dossier.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencity.dossier.internal.DossierProperties;
import org.opencity.platform.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * A file over the multipart limit makes the container refuse the whole body the first time anything reads a
 * parameter — the CSRF check, before any controller or exception handler — and the resident would land on a bare
 * "413" page with the file lost. For the dossier's upload form, the parts are read here first and a refused body
 * goes back to the dossier with the limit in words. Nothing is changed, so no CSRF check is skipped: the dossier
 * page that follows is checked as usual.
 */
@Component
// After Spring Session's filter (HIGHEST_PRECEDENCE + 50), so the flash message goes into the shared session; before
// Spring Security's (-100), whose CSRF check would read the refused body first.
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile("/dossiers/([A-Za-z0-9-]{1,40})/documents");

    private final ProblemWriter problems;
    private final DossierProperties properties;
    private final FlashMapManager flashes;

    UploadLimitFilter(ProblemWriter problems, DossierProperties properties, FlashMapManager flashes) {
        this.problems = problems;
        this.properties = properties;
        this.flashes = flashes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !UPLOAD.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // The parts, not the parameters: the platform's framing filter has already read them once, and the
            // container repeats a refusal only to getParts().
            request.getParts();
        } catch (IllegalStateException refused) {
            if (!tooLarge(refused)) {
                throw refused;
            }
            Matcher upload = UPLOAD.matcher(path(request));
            upload.matches();
            String page = "/dossiers/" + upload.group(1);
            FlashMap flash = new FlashMap();
            flash.put(
                    "problem",
                    problems.message(
                            "problem.dossier.document-too-large",
                            new Object[] {properties.maxDocumentSize().toMegabytes()},
                            problems.locale(request)));
            flash.setTargetRequestPath(request.getContextPath() + page);
            flashes.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        chain.doFilter(request, response);
    }

    /** How the container says it, as Spring's multipart support reads it too. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
