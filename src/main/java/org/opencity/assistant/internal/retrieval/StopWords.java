package org.opencity.assistant.internal.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words too common to tell records apart ("là", "của", "thì"…): the one-syllable entries of the shared Vietnamese
 * stop list, folded, less the words the procedures need. The list's multi-syllable entries are not used: each of
 * their syllables either is a one-syllable entry or carries meaning in some procedure ("thay đổi", "điều kiện").
 */
final class StopWords {

    static final String LIST = "data/assistant/vietnamese_stopwords.csv";
    static final String KEPT = "data/assistant/stopwords_kept.txt";

    private StopWords() {}

    /**
     * @param fold how the index folds a text into terms
     * @param synonymWords folded words a synonym may put into a question: never stop words (see SOURCES.md)
     */
    static CharArraySet load(Function<String, List<String>> fold, Collection<String> synonymWords) throws IOException {
        Set<String> stop = new HashSet<>();
        try (Reader reader = VietnameseAnalysis.reader(LIST)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                if ("1".equals(row.get("n_syllables"))) {
                    stop.addAll(fold.apply(row.get("stopword")));
                }
            }
        }
        try (BufferedReader kept = new BufferedReader(VietnameseAnalysis.reader(KEPT))) {
            kept.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(word -> stop.removeAll(fold.apply(word)));
        }
        stop.removeAll(synonymWords);
        return CharArraySet.unmodifiableSet(new CharArraySet(stop, false));
    }
}
