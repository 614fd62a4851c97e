package org.opencity.report;

import org.opencity.shared.FileName;

/**
 * A photo as it arrived; its type is decided by its content, never by its name, and its name is cleaned of
 * folders and invisible characters before anything shows it.
 */
public record UploadedPhoto(String filename, byte[] content) {

    public UploadedPhoto {
        filename = FileName.clean(filename, "anh");
    }
}
