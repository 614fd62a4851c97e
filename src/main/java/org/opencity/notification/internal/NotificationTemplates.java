package org.opencity.notification.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of every kind of notification, in the recipient's language, from the message bundles
 * ({@code notification.<template>.title|body|sms}). Parameters are plain values (a report number, a date), filled
 * in by position.
 */
@Component
public class NotificationTemplates {

    /** Every template the platform sends; each has a title, a body and a short text for SMS in every language. */
    public static final List<String> ALL = List.of(
            "report.received",
            "report.assigned",
            "report.answered",
            "report.resolved",
            "report.updated",
            "dossier.received",
            "dossier.supplement",
            "dossier.refused",
            "dossier.result-ready",
            "appointment.confirmed",
            "appointment.reminder",
            "queue.calling",
            "vote.confirmed",
            "vote.result",
            "officer.report-assigned",
            "officer.dossier-assigned");

    // A character no person types: marks a parameter to be translated rather than shown as it is.
    private static final String KEY_MARK = "\u241B";

    private final MessageSource messages;

    NotificationTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** A parameter that is itself a message key, shown in the recipient's language (e.g. a status name). */
    public static String key(String messageKey) {
        return KEY_MARK + messageKey;
    }

    public Rendered render(String template, List<String> params, Locale locale) {
        Object[] args = params.stream()
                .map(p -> p != null && p.startsWith(KEY_MARK)
                        ? messages.getMessage(
                                p.substring(KEY_MARK.length()), null, p.substring(KEY_MARK.length()), locale)
                        : p == null ? "" : p)
                .toArray();
        String prefix = "notification." + template + ".";
        return new Rendered(
                messages.getMessage(prefix + "title", args, locale).strip(),
                messages.getMessage(prefix + "body", args, locale).strip(),
                messages.getMessage(prefix + "sms", args, locale).strip());
    }

    /** A notification's texts: a title (email subject, push title), a body, and a short form for text messages. */
    public record Rendered(String title, String body, String sms) {}
}
