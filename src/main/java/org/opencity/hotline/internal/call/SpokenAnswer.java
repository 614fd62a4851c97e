package org.opencity.hotline.internal.call;

import java.util.regex.Pattern;

/**
 * An answer written for a page, made fit to be heard: no links, no list marks, no line breaks, and no longer than a
 * caller can follow. A long answer is cut after a whole sentence; the caller is told the rest is on the website.
 */
final class SpokenAnswer {

    private static final Pattern LINK = Pattern.compile("(?:https?://|/)[\\w./?=&%#:-]*[\\w/]");
    private static final Pattern BULLET = Pattern.compile("(?m)^\\s*(?:[-*•]|\\d+[.)])\\s+");
    private static final Pattern MARKUP = Pattern.compile("[*_`#>\\[\\]()]");
    private static final Pattern BREAKS = Pattern.compile("\\s*\\n+\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private SpokenAnswer() {}

    /** @return the spoken text, and whether it was cut */
    static Cut of(String written, int maxChars) {
        String text = BULLET.matcher(written).replaceAll("");
        text = LINK.matcher(text).replaceAll("");
        text = MARKUP.matcher(text).replaceAll("");
        text = BREAKS.matcher(text.strip()).replaceAll(". ");
        text = SPACES.matcher(text).replaceAll(" ").replace(":.", ":").replace("..", ".");
        if (text.length() <= maxChars) {
            return new Cut(text, false);
        }
        int end = Math.max(text.lastIndexOf(". ", maxChars), text.lastIndexOf("; ", maxChars));
        String kept = end > maxChars / 3 ? text.substring(0, end + 1) : text.substring(0, maxChars) + "…";
        return new Cut(kept, true);
    }

    record Cut(String text, boolean cut) {}
}
