package org.opencity.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencity.dossier.DossierProperties;
import org.opencity.platform.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the multipart limit fails before any controller or controller advice is chosen, so it would end on
 * a bare "413" page. On the dossier's upload form it goes back to the dossier with the size limit in words.
 * (The upload form carries its CSRF token in the address: the failed body cannot carry it.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadTooLargeResolver implements HandlerExceptionResolver {

    private static final Pattern UPLOAD = Pattern.compile("/dossiers/([A-Za-z0-9-]{1,40})/documents");

    private final ProblemWriter problems;
    private final DossierProperties properties;

    UploadTooLargeResolver(ProblemWriter problems, DossierProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!(failure instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!upload.matches()) {
            return null;
        }
        RequestContextUtils.getOutputFlashMap(request).put("problem", problems.message(
                "problem.dossier.document-too-large", new Object[] {properties.maxDocumentSize().toMegabytes()},
                problems.locale(request)));
        return new ModelAndView("redirect:/dossiers/" + upload.group(1));
    }
}
