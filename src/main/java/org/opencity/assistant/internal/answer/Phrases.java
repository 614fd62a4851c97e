package org.opencity.assistant.internal.answer;

import java.util.List;
import org.opencity.shared.VietnameseText;

/** Whole-word phrase matching on folded text: “ho so cua toi” in “xem ho so cua toi”, not in “ho so cua toile”. */
public final class Phrases {

    private Phrases() {}

    /** The question folded and padded with spaces, ready for {@link #anyIn}. */
    public static String padded(String text) {
        return " " + VietnameseText.fold(text) + " ";
    }

    public static boolean anyIn(String padded, List<String> phrases) {
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }
}
