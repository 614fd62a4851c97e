package org.opencity.assistant.internal.faq;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the city's FAQ: the ways residents ask it and the answer in both languages.
 *
 * @param code {@code FAQ-001}…
 * @param questions the question as residents phrase it, several ways, with and without diacritics
 * @param links OpenCity paths ({@code /wards}) or official https addresses the answer points to
 * @param validFrom the first day the answer applies
 * @param validTo the last day it applies; null while nothing replaced it
 * @param updatedAt when it was last saved; null for an entry not saved yet
 * @param version optimistic version: a save names the version it was made from
 */
@RecordBuilder
public record FaqEntry(
        String code,
        List<String> questions,
        String answerVi,
        String answerEn,
        List<String> links,
        LocalDate validFrom,
        LocalDate validTo,
        Instant updatedAt,
        int version) {

    public FaqEntry {
        questions = List.copyOf(questions);
        links = List.copyOf(links);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
