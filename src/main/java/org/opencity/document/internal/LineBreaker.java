package org.opencity.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width, at spaces, and inside a word only when the word alone is too
 * long. Text is first brought to NFC, since PDFBox does not compose Vietnamese combining marks, and letters
 * the font lacks become '?' instead of failing the whole document.
 */
public final class LineBreaker {

    private LineBreaker() {}

    public static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(breakLongWord(word, font, size, maxWidth, lines));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds full-width pieces of an over-long word to the lines and returns what is left of it. */
    private static String breakLongWord(String word, PDFont font, float size, float maxWidth, List<String> lines) {
        String rest = word;
        while (width(rest, font, size) > maxWidth && rest.length() > 1) {
            int cut = rest.length() - 1;
            while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                cut--;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        return rest;
    }

    public static String printable(String text, PDFont font) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\t', ' ');
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            out.append(codePoint == '\n' || encodable(character, font) ? character : "?");
        });
        return out.toString();
    }

    private static boolean encodable(String character, PDFont font) {
        try {
            font.encode(character);
            return !Character.isISOControl(character.codePointAt(0));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
