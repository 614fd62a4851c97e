package org.opencity.procedure;

/**
 * What a resident looks for: words (with or without diacritics, or a life event such as 'có con'), and
 * optional filters; every part may be null.
 */
public record ProcedureSearch(String text, String fieldCode, ProcedureLevel level, String lifeEventCode) {

    public static ProcedureSearch text(String text) {
        return new ProcedureSearch(text, null, null, null);
    }
}
