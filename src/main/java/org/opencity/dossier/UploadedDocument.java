package org.opencity.dossier;

import org.opencity.shared.FileName;

/**
 * A file as received from the resident; its declared type is not trusted, and its name is cleaned of folders and
 * invisible characters (see {@link FileName}) before it is stored.
 *
 * @param requirement the position of the procedure's document it answers, or null for an extra paper
 */
public record UploadedDocument(Integer requirement, String fileName, byte[] content) {

    public UploadedDocument {
        fileName = FileName.clean(fileName, "tai-lieu");
    }
}
