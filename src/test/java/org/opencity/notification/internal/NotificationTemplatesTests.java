package org.opencity.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every template renders a title, a body and a text message in Vietnamese and in English, with every placeholder
 * filled, and a translated parameter comes out in the recipient's language.
 */
class NotificationTemplatesTests {

    private final NotificationTemplates templates = new NotificationTemplates(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void everyTemplateInBothLanguages() {
        List<String> params = List.of("P1", "P2", "P3", "P4");
        for (String template : NotificationTemplates.ALL) {
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                NotificationTemplates.Rendered text = templates.render(template, params, locale);
                assertThat(List.of(text.title(), text.body(), text.sms()))
                        .as(template + " " + locale)
                        .allSatisfy(part -> assertThat(part)
                                .isNotBlank()
                                .doesNotContain("{")
                                .doesNotContain("}"));
                assertThat(text.sms().length()).as("SMS of " + template).isLessThanOrEqualTo(160);
            }
        }
    }

    @Test
    void aTranslatedParameterFollowsTheRecipientsLanguage() {
        List<String> params = List.of(
                "PA-2026-000001",
                "Đã vá",
                NotificationTemplates.key("report.kind.RESOLVED"),
                NotificationTemplates.key("report.status.RESOLVED"));
        assertThat(templates
                        .render("report.resolved", params, Locale.forLanguageTag("vi"))
                        .title())
                .isEqualTo("Phản ánh PA-2026-000001: Đã xử lý xong");
        assertThat(templates.render("report.resolved", params, Locale.ENGLISH).title())
                .isEqualTo("Report PA-2026-000001: Resolved");
    }
}
