package org.opencity.dossier.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.opencity.dossier.internal.DossierProperties;
import org.opencity.platform.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * The documents step sends several files in one body. One file over the container's limit, or all of them over the
 * request's, makes the container refuse the whole body the first time anything reads a parameter — the CSRF check,
 * before any controller — and the resident would land on a bare "413" page with every file lost. Here the parts are
 * read first, and a refused body goes back to the step with the refusal in words: the file named (the container
 * says which it was) and its input marked. Nothing is changed, so no CSRF check is skipped. (The same as
 * {@link UploadLimitFilter} does for the single-file form of the dossier page.)
 */
@Component
// After Spring Session's filter (HIGHEST_PRECEDENCE + 50), so the flash message goes into the shared session; before
// Spring Security's (-100), whose CSRF check would read the refused body first.
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class GuidedUploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile("/dossiers/([A-Za-z0-9-]{1,40})/apply/documents");
    private static final Pattern INPUT = Pattern.compile("paper-(\\d{1,3}|extra)");

    private final ProblemWriter problems;
    private final DossierProperties properties;
    private final FlashMapManager flashes;

    GuidedUploadLimitFilter(ProblemWriter problems, DossierProperties properties, FlashMapManager flashes) {
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
            SizeException size = sizeException(refused);
            if (size == null) {
                throw refused;
            }
            Matcher upload = UPLOAD.matcher(path(request));
            upload.matches();
            String page = "/dossiers/" + upload.group(1) + "/apply/documents";
            FlashMap flash = new FlashMap();
            flash.put(DossierDocumentsStepPageController.REFUSAL, refusal(size, problems.locale(request)));
            if (size instanceof FileSizeLimitExceededException file
                    && file.getFieldName() != null
                    && INPUT.matcher(file.getFieldName()).matches()) {
                flash.put(DossierDocumentsStepPageController.REFUSED_INPUT, file.getFieldName());
            }
            flash.setTargetRequestPath(request.getContextPath() + page);
            flashes.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        chain.doFilter(request, response);
    }

    /** One file too large is named; a body too large as a whole is said so, with the limit of one sending. */
    private String refusal(SizeException size, Locale locale) {
        if (size instanceof FileSizeLimitExceededException file && file.getFileName() != null) {
            return problems.message(
                    "problem.dossier.file-too-large",
                    new Object[] {
                        file.getFileName(), properties.maxDocumentSize().toMegabytes()
                    },
                    locale);
        }
        return problems.message(
                "problem.dossier.batch-too-large",
                new Object[] {DataSize.ofBytes(size.getPermittedSize()).toMegabytes()},
                locale);
    }

    /** How Tomcat says a body or one of its files is over the limit. */
    private static SizeException sizeException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException size) {
                return size;
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
