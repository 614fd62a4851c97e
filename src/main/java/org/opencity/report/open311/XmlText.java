package org.opencity.report.open311;

/**
 * Text that XML 1.0 can carry. Residents' descriptions may contain control characters (pasted text, emoji
 * keyboards); the stream writer escapes markup but would copy those through and make the document unreadable
 * for every client, so they are dropped.
 */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.appendCodePoint(c);
            }
            i += width;
        }
        return kept == null ? text : kept.toString();
    }
}
