package org.opencity.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Opens bytes that claim to be a PDF, refusing anything else as {@link NotAPdf}. */
final class PdfUploads {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_WINDOW = 1024;

    private PdfUploads() {}

    static PDDocument load(byte[] bytes) {
        if (!hasHeader(bytes)) {
            throw new NotAPdf();
        }
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new NotAPdf();
        }
    }

    /** The specification lets the header start anywhere in the first 1024 bytes. */
    private static boolean hasHeader(byte[] bytes) {
        int last = Math.min(bytes.length, HEADER_WINDOW) - MAGIC.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < MAGIC.length; j++) {
                if (bytes[i + j] != MAGIC[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
