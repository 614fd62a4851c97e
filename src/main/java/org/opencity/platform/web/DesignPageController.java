package org.opencity.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.platform.FormErrors;
import org.opencity.platform.PageResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The living catalogue of the design system ({@code /design}, administrators): every component of
 * {@code fragments/components.html}, rendered by the real fragments once in Vietnamese and once in English side by
 * side, so a change to a fragment shows here at once and a missing translation stands out.
 */
@Controller
class DesignPageController {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;
    private final ServletContext servletContext;
    private final MessageSource messages;

    DesignPageController(
            ITemplateEngine templates,
            ApplicationContext application,
            @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService")
                    ConversionService conversions,
            ServletContext servletContext,
            MessageSource messages) {
        this.templates = templates;
        this.application = application;
        this.conversions = conversions;
        this.servletContext = servletContext;
        this.messages = messages;
    }

    /** One rendering of the catalogue, in one language. */
    record Rendering(String language, String name, String html) {}

    @GetMapping("/design")
    String design(Model model, HttpServletRequest request, HttpServletResponse response) {
        var exchange =
                JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response);
        List<Rendering> renderings = LANGUAGES.stream()
                .map(locale -> {
                    WebContext context = new WebContext(exchange, locale, samples(locale));
                    context.setVariable(
                            ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                            new ThymeleafEvaluationContext(application, conversions));
                    return new Rendering(
                            locale.getLanguage(),
                            messages.getMessage("design.language", null, locale),
                            templates.process("design/gallery", context));
                })
                .toList();
        model.addAttribute("renderings", renderings);
        return "design/page";
    }

    /** Sample values the components are shown with; ids get the language as a prefix so both stay unique. */
    private Map<String, Object> samples(Locale locale) {
        String p = locale.getLanguage() + "-";
        FormErrors errors = FormErrors.none()
                .add(p + "sample-name", messages.getMessage("design.sample.error.name", null, locale))
                .add(p + "sample-photo", messages.getMessage("design.sample.error.photo", null, locale));
        return Map.of(
                "p",
                p,
                "formErrors",
                errors,
                "pageLinks",
                new PageLinks(),
                "samplePage",
                new PageResponse<>(List.of(), 1, 20, 60, 3),
                "stepLabels",
                List.of(
                        messages.getMessage("dossier.steps.form", null, locale),
                        messages.getMessage("dossier.steps.documents", null, locale),
                        messages.getMessage("dossier.steps.fee", null, locale),
                        messages.getMessage("dossier.steps.send", null, locale)));
    }
}
