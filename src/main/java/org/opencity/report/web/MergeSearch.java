package org.opencity.report.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Locale;
import org.opencity.identity.Actor;
import org.opencity.report.internal.MergeCandidate;
import org.opencity.report.internal.MergeCandidates;

/**
 * The officer's search for the original of a duplicate, as the report page asked for it (plain GET parameters, so
 * it works without JavaScript): by number or words, or the reports nearby.
 *
 * @param mode {@code words}, {@code nearby}, or null when nothing was searched yet
 * @param query what was typed, shown again in the field
 * @param candidates what was found; null when nothing was searched yet
 */
@RecordBuilder
record MergeSearch(String mode, String query, List<MergeCandidate> candidates) {

    static final String WORDS = "words";
    static final String NEARBY = "nearby";

    static MergeSearch run(
            MergeCandidates search, Actor officer, String number, String mode, String query, Locale locale) {
        MergeSearchBuilder asked = MergeSearchBuilder.builder().query(query == null ? "" : query.strip());
        if (NEARBY.equals(mode)) {
            return asked.mode(NEARBY)
                    .candidates(search.nearby(officer, number, locale))
                    .build();
        }
        if (WORDS.equals(mode) && query != null && !query.isBlank()) {
            return asked.mode(WORDS)
                    .candidates(search.matching(officer, number, query, locale))
                    .build();
        }
        return asked.build();
    }

    public boolean searched() {
        return candidates != null;
    }
}
