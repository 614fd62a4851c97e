package org.opencity.shared;

import java.text.Normalizer;

/**
 * A file name as a person sent it, made safe to store, show and send back in a {@code Content-Disposition}:
 * no folders, no control or invisible formatting characters (a right-to-left override would make
 * "hoadon‮fdp.exe" read as "hoadonexe.pdf"), none of the characters Windows refuses, at most 120 characters.
 */
public final class FileName {

    public static final int MAX_LENGTH = 120;

    private FileName() {}

    /** The cleaned name, or {@code fallback} when nothing readable is left. */
    public static String clean(String submitted, String fallback) {
        if (submitted == null) {
            return fallback;
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (isReserved(c)) {
                kept.append('_');
            } else if (isVisible(c)) {
                kept.appendCodePoint(c);
            }
        });
        // Composed after the invisible characters are gone, so a mark they separated joins its letter now, not on a
        // second cleaning.
        String cleaned = Normalizer.normalize(kept, Normalizer.Form.NFC)
                .replaceAll(" {2,}", " ")
                .replaceAll("^[ .]+|[ .]+$", "");
        cleaned = truncate(cleaned).replaceAll("[ .]+$", "");
        return cleaned.isEmpty() ? fallback : cleaned;
    }

    private static boolean isReserved(int c) {
        return c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|';
    }

    /** Letters, marks, digits, punctuation and symbols; not controls, formatting, private use or unassigned. */
    private static boolean isVisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String truncate(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
    }
}
