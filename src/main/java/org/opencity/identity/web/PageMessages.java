package org.opencity.identity.web;

import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves a domain problem to a sentence in the page's language.
 */
@Component
class PageMessages {

    private final MessageSource messages;
    private final ProblemWriter problems;

    PageMessages(MessageSource messages, ProblemWriter problems) {
        this.messages = messages;
        this.problems = problems;
    }

    String of(LocalizedProblem problem) {
        return problems.message(problem, LocaleContextHolder.getLocale());
    }

    String of(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
