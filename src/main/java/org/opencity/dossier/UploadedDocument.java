package org.opencity.dossier;

/**
 * A file as received from the resident; its declared name and type are not trusted.
 *
 * @param requirement the position of the procedure's document it answers, or null for an extra paper
 */
public record UploadedDocument(Integer requirement, String fileName, byte[] content) {
}
