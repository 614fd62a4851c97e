package org.opencity.report;

/**
 * A photo as it arrived; its type is decided by its content, never by its name.
 */
public record UploadedPhoto(String filename, byte[] content) {
}
