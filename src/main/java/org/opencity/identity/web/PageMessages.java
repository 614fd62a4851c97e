package org.opencity.identity.web;

import org.opencity.platform.LocalizedProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves a domain problem to a sentence in the page's language.
 */
@Component
class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    String of(LocalizedProblem problem) {
        return of(problem.messageKey(), problem.arguments());
    }

    String of(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
