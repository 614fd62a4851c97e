package org.opencity.hotline.internal.speech;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A text made fit to speak and to name a prompt by. Two texts a caller would hear alike become the same text, so they
 * share one synthesis and one row: Vietnamese typed with combining accents (NFD, as some keyboards send it) is
 * composed (NFC), which espeak-ng also reads more reliably; runs of whitespace and line breaks become one space.
 * Control and format characters (NUL, escape sequences, zero-width spaces, bidi marks) are dropped: nobody can hear
 * them, they would only make the hash differ, and a NUL ends the text espeak-ng reads.
 */
final class PromptText {

    /**
     * A prompt is a sentence or a short answer; 1,500 characters already take one and a half to two minutes to speak,
     * longer than anyone listens on a phone. The cap bounds what one text costs on the call's turn (synthesis time,
     * against the provider's webhook timeout) and in the table (about 44 KB per second of audio): a longer text is a
     * bug or someone's input echoed back, and is cut, at a word where one is near.
     */
    static final int MAX_LENGTH = 1_500;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern UNSPOKEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

    private PromptText() {}

    /** The text as it is spoken and hashed; empty when nothing speakable is left. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Whitespace first, so a line break or tab separates words instead of vanishing with the control characters.
        String spaced = WHITESPACE.matcher(composed).replaceAll(" ");
        String speakable = UNSPOKEN.matcher(spaced).replaceAll("");
        return capped(WHITESPACE.matcher(speakable).replaceAll(" ").strip());
    }

    private static String capped(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > MAX_LENGTH - 100 ? cut.substring(0, lastSpace) : cut).strip();
    }
}
