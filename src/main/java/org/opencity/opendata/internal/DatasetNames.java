package org.opencity.opendata.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.opencity.shared.VietnameseText;

/**
 * URL names of datasets and CKAN tags: lower-case ASCII letters and digits joined by hyphens, made from Vietnamese
 * words by dropping their diacritics ("Chất lượng không khí" → {@code chat-luong-khong-khi}), as the platform's own
 * datasets are named.
 */
public final class DatasetNames {

    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
    static final int WORDS_LENGTH = 80;

    private DatasetNames() {}

    /** The words as a slug, cut at a word boundary to at most {@value #WORDS_LENGTH} characters; may be empty. */
    public static String slug(String words) {
        String slug = VietnameseText.fold(words).replace(' ', '-');
        if (slug.length() > WORDS_LENGTH) {
            slug = slug.substring(0, WORDS_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = cut > 0 ? slug.substring(0, cut) : slug;
        }
        return slug;
    }

    /** The slug of the title, or the first of {@code slug-2}, {@code slug-3}… that is not taken. */
    public static String freeName(String title, Predicate<String> taken) {
        String base = slug(title);
        if (base.length() < 2) {
            base = base.isEmpty() ? "du-lieu" : "du-lieu-" + base;
        }
        String name = base;
        for (int n = 2; taken.test(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
