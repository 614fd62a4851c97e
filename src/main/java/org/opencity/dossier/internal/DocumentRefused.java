package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * One file among several sent together that the dossier does not take; none of them is kept. The message names
 * the file, and {@link #position()} says which of the files sent it was, so a page can point at the input it came
 * from.
 */
public class DocumentRefused extends LocalizedProblem {

    private final int position;

    private DocumentRefused(HttpStatus status, String messageKey, int position, Object... arguments) {
        super(status, messageKey, arguments);
        this.position = position;
    }

    static DocumentRefused tooLarge(int position, String fileName, long maxMegabytes) {
        return new DocumentRefused(
                HttpStatus.CONTENT_TOO_LARGE, "problem.dossier.file-too-large", position, fileName, maxMegabytes);
    }

    static DocumentRefused unsupported(int position, String fileName) {
        return new DocumentRefused(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.dossier.file-unsupported", position, fileName);
    }

    /** The refused file's place among those sent, from 0. */
    public int position() {
        return position;
    }
}
