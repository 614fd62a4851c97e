package org.opencity.report.internal;

import org.opencity.shared.VietnameseText;

/**
 * The description as {@link VietnameseText#fold} would write it, computed by PostgreSQL itself (no extension, no
 * extra column): lower case, each Vietnamese letter with diacritics replaced by its plain letter. Both cases are
 * mapped because {@code lower()} leaves non-ASCII letters alone under the C locale.
 */
final class FoldedColumn {

    private static final String LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    /** The letters to replace, lower and upper case. */
    static final String FROM = LETTERS + LETTERS.toUpperCase(java.util.Locale.ROOT);

    /** Their plain letters, in the same order. */
    static final String TO = plain(FROM);

    static final String DESCRIPTION = "translate(lower(normalize(description, NFC)), :from, :to)";

    private FoldedColumn() {}

    private static String plain(String letters) {
        StringBuilder out = new StringBuilder();
        letters.codePoints().forEach(c -> out.append(VietnameseText.fold(Character.toString(c))));
        return out.toString();
    }
}
