package org.opencity.assistant.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.opencity.assistant.internal.faq.FaqEntry;
import org.opencity.assistant.internal.faq.FaqEntryBuilder;
import org.opencity.platform.FormErrors;
import org.springframework.context.MessageSource;

/**
 * The FAQ edit form as typed: question variants and links one per line, dates as the browser's date inputs send
 * them. {@link #check} puts each problem on its field; {@link #entry} is only called on a form without problems.
 */
record FaqForm(
        String code,
        String questions,
        String answerVi,
        String answerEn,
        String links,
        String validFrom,
        String validTo,
        Integer version) {

    static final int MAX_ANSWER = 4000;
    static final int MAX_QUESTION = 500;

    static FaqForm of(FaqEntry entry) {
        return new FaqForm(
                entry.code(),
                String.join("\n", entry.questions()),
                entry.answerVi(),
                entry.answerEn(),
                String.join("\n", entry.links()),
                entry.validFrom().toString(),
                entry.validTo() == null ? "" : entry.validTo().toString(),
                entry.version());
    }

    static FaqForm blank(String code, List<String> questions, LocalDate today) {
        return new FaqForm(code, String.join("\n", questions), "", "", "", today.toString(), "", 0);
    }

    List<String> questionList() {
        return lines(questions);
    }

    List<String> linkList() {
        return lines(links);
    }

    FormErrors check(MessageSource messages, Locale locale) {
        FormErrors errors = FormErrors.none();
        if (questionList().isEmpty() || questionList().stream().anyMatch(q -> q.length() > MAX_QUESTION)) {
            errors.add("questions", messages.getMessage("assistant.faq.problem.questions", null, locale));
        }
        if (answerVi == null || answerVi.isBlank() || answerVi.length() > MAX_ANSWER) {
            errors.add("answerVi", messages.getMessage("assistant.faq.problem.answer", null, locale));
        }
        if (answerEn != null && answerEn.length() > MAX_ANSWER) {
            errors.add("answerEn", messages.getMessage("assistant.faq.problem.answer", null, locale));
        }
        // A link is a page of the platform or an official site over HTTPS: never a javascript: or plain-http URL.
        if (linkList().stream()
                .anyMatch(link -> !(link.matches("/[\\p{Alnum}/._?=&%-]*")
                        || link.matches("https://[\\p{Alnum}.-]+(/[\\p{Alnum}/._?=&%#-]*)?")))) {
            errors.add("links", messages.getMessage("assistant.faq.problem.links", null, locale));
        }
        LocalDate from = date(validFrom);
        if (from == null) {
            errors.add("validFrom", messages.getMessage("assistant.faq.problem.date", null, locale));
        }
        LocalDate to = date(validTo);
        if (validTo != null && !validTo.isBlank() && (to == null || (from != null && to.isBefore(from)))) {
            errors.add("validTo", messages.getMessage("assistant.faq.problem.until", null, locale));
        }
        return errors;
    }

    FaqEntry entry() {
        return FaqEntryBuilder.builder()
                .code(code)
                .questions(questionList())
                .answerVi(answerVi.strip())
                .answerEn(answerEn == null ? "" : answerEn.strip())
                .links(linkList())
                .validFrom(date(validFrom))
                .validTo(date(validTo))
                .updatedAt(Instant.EPOCH)
                .version(version == null ? 0 : version)
                .build();
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .distinct()
                        .toList();
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
