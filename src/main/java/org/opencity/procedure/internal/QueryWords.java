package org.opencity.procedure.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.opencity.shared.VietnameseText;

/**
 * The words of a resident's query that say what they look for: folded, without the filler people type around
 * it ('thủ tục', 'làm', 'cho', 'như thế nào'), so 'làm giấy khai sinh cho con' still finds birth registration.
 */
public record QueryWords(String folded, List<String> words) {

    // Folded forms of words that never name a procedure on their own ("can" stays: it is also "căn" of "căn cước").
    private static final Set<String> FILLER = Set.of(
            "thu", "tuc", "lam", "the", "nao", "nhu", "cho", "toi", "minh", "em", "anh", "chi", "muon", "o", "dau",
            "gi", "ve", "cua", "va", "de", "thi", "bi", "duoc", "phai", "nhung", "a", "how", "to", "an", "of", "for",
            "i", "my");

    public static QueryWords of(String query) {
        String folded = VietnameseText.fold(query);
        List<String> words = folded.isEmpty()
                ? List.of()
                : Arrays.stream(folded.split(" "))
                        .filter(w -> !FILLER.contains(w))
                        .distinct()
                        .toList();
        return new QueryWords(folded, words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The meaningful words as one phrase, for "the name contains the phrase" ranking. */
    public String phrase() {
        return String.join(" ", words);
    }

    /** Whether the whole query contains a folded phrase as whole words, e.g. "bo toi mat" contains "mat". */
    public boolean mentions(String foldedPhrase) {
        return !foldedPhrase.isBlank() && (" " + folded + " ").contains(" " + foldedPhrase + " ");
    }
}
