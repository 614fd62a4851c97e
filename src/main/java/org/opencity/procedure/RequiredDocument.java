package org.opencity.procedure;

/**
 * A paper the resident hands in.
 *
 * @param templateFile a blank form to download for it, or null
 */
public record RequiredDocument(String name, int copies, String templateFile) {}
