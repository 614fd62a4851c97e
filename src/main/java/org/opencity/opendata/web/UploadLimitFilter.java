package org.opencity.opendata.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.opencity.opendata.DatasetRegistry;
import org.opencity.platform.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * A file over the container's multipart limit is refused by the container the first time anything reads the body —
 * for a page, the CSRF check, before any controller — and the administrator would get a bare 413 or a CSRF refusal.
 * Here the parts of a dataset's upload are read first, and a refused body is answered in words with the limit: a
 * problem for the API, the dataset's page again with the message for the form. Nothing is changed, so no check is
 * skipped. (As the dossier module's upload filters do for theirs.)
 */
@Component
// After Spring Session's filter (HIGHEST_PRECEDENCE + 50), so the flash message goes into the shared session; before
// Spring Security's (-100), whose CSRF check would read the refused body first.
@Order(Ordered.HIGHEST_PRECEDENCE + 61)
class UploadLimitFilter extends OncePerRequestFilter {

    static final String REFUSAL = "uploadRefusal";
    private static final Pattern API = Pattern.compile("/api/v1/opendata/datasets/([a-z0-9-]{1,100})/resources");
    private static final Pattern PAGE = Pattern.compile("/admin/data/([a-z0-9-]{1,100})/files");

    private final ProblemWriter problems;
    private final DatasetRegistry registry;
    private final FlashMapManager flashes;

    UploadLimitFilter(ProblemWriter problems, DatasetRegistry registry, FlashMapManager flashes) {
        this.problems = problems;
        this.registry = registry;
        this.flashes = flashes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        String path = path(request);
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !(API.matcher(path).matches() || PAGE.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // The parts, not the parameters: the container repeats a refusal only to getParts().
            request.getParts();
        } catch (IllegalStateException refused) {
            if (!isSizeRefusal(refused)) {
                // Another refusal of the container's (too many parts…): the platform's handlers answer it.
                chain.doFilter(request, response);
                return;
            }
            long limit = registry.maxUploadMegabytes();
            Matcher page = PAGE.matcher(path(request));
            if (!page.matches()) {
                problems.write(
                        request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.opendata.file-too-large", limit);
                return;
            }
            String target = request.getContextPath() + "/admin/data/" + page.group(1);
            FlashMap flash = new FlashMap();
            flash.put(
                    REFUSAL,
                    problems.message(
                            "problem.opendata.file-too-large", new Object[] {limit}, problems.locale(request)));
            flash.setTargetRequestPath(target);
            flashes.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(target);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isSizeRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
