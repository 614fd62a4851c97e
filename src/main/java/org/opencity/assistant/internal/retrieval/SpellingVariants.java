package org.opencity.assistant.internal.retrieval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The other ways a folded syllable is often spelt by someone who writes as they speak: Vietnamese dialects merge
 * initials (ch/tr, s/x, d/gi/r, l/n) and finals (n/ng, t/c), so "tam chu" is meant as "tạm trú" and "cang cuoc" as
 * "căn cước". An edit distance does not rank these first (two letters change in "chu" → "tru", and "cang" is already
 * a real word, "cảng").
 */
final class SpellingVariants {

    private static final List<List<String>> INITIALS =
            List.of(List.of("ch", "tr"), List.of("s", "x"), List.of("gi", "d", "r"), List.of("l", "n"));

    private static final List<List<String>> FINALS = List.of(List.of("ng", "n"), List.of("c", "t"));

    private SpellingVariants() {}

    /** The syllable's variants, itself excluded. */
    static Set<String> of(String syllable) {
        Set<String> variants = new LinkedHashSet<>();
        for (String initial : variantsOf(syllable, INITIALS, true)) {
            variants.add(initial);
            variants.addAll(variantsOf(initial, FINALS, false));
        }
        variants.addAll(variantsOf(syllable, FINALS, false));
        variants.remove(syllable);
        return variants;
    }

    /** The syllable with its initial (or final) swapped for each of the others of its group; itself first. */
    private static Set<String> variantsOf(String syllable, List<List<String>> groups, boolean initial) {
        Set<String> variants = new LinkedHashSet<>(List.of(syllable));
        for (List<String> group : groups) {
            // The longest spelling first, so "gi" is not read as "g" + "i" and "ng" not as "n" + "g".
            String found = group.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .filter(s -> initial ? syllable.startsWith(s) : syllable.endsWith(s))
                    .findFirst()
                    .orElse(null);
            if (found == null || syllable.length() == found.length()) {
                continue;
            }
            String rest = initial
                    ? syllable.substring(found.length())
                    : syllable.substring(0, syllable.length() - found.length());
            for (String other : group) {
                variants.add(initial ? other + rest : rest + other);
            }
            break;
        }
        return variants;
    }
}
