package org.opencity.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching: residents often type without diacritics ("Hoan Kiem")
 * or with common abbreviations ("P. Cầu Giấy", "Q.Đống Đa").
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "p", "phuong", "q", "quan", "h", "huyen", "x", "xa", "tx", "thi xa", "tp", "thanh pho", "tt", "thi tran");

    private VietnameseText() {}

    /** Lower case, no diacritics, "đ" as "d", punctuation as single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String noMarks =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String plain = noMarks.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }

    /** Like {@link #fold} but also expands the administrative abbreviations people type in queries. */
    public static String foldQuery(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder out = new StringBuilder();
        for (String word : folded.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return out.toString();
    }
}
