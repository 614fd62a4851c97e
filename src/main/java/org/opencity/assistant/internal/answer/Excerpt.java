package org.opencity.assistant.internal.answer;

/**
 * The start of a record's long text (a fee table, a list of laws), cut between words and marked with an ellipsis:
 * shortened, never reworded, and the procedure page has the whole.
 */
final class Excerpt {

    private Excerpt() {}

    static String of(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max).stripTrailing() + " …";
    }
}
