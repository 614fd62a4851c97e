package org.opencity.dossier;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A file that is not a PDF, JPEG or PNG by its content, whatever its name says.
 */
public class UnsupportedDocument extends LocalizedProblem {

    public UnsupportedDocument(String detected) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.dossier.unsupported-document", detected);
    }
}
