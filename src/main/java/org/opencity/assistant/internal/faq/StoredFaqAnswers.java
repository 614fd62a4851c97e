package org.opencity.assistant.internal.faq;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.opencity.assistant.internal.answer.FaqAnswer;
import org.opencity.assistant.internal.answer.FaqAnswerBuilder;
import org.opencity.assistant.internal.answer.FaqAnswers;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The answers read the FAQ from its store: an entry only while it is valid today in Hanoi, in the answer's
 * language (English when the city wrote one, else the Vietnamese text).
 */
@Component
class StoredFaqAnswers implements FaqAnswers {

    private final FaqEntries entries;
    private final Clock clock;

    StoredFaqAnswers(FaqEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public Optional<FaqAnswer> find(String code, Locale language) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
        boolean english = "en".equals(language.getLanguage());
        return entries.find(code)
                .filter(entry -> !entry.validFrom().isAfter(today))
                .filter(entry -> entry.validTo() == null || !entry.validTo().isBefore(today))
                .map(entry -> FaqAnswerBuilder.builder()
                        .code(entry.code())
                        .question(
                                entry.questions().isEmpty()
                                        ? entry.code()
                                        : entry.questions().get(0))
                        .answer(english && !entry.answerEn().isBlank() ? entry.answerEn() : entry.answerVi())
                        .links(entry.links())
                        .build());
    }
}
