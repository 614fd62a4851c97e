package org.opencity.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The fonts documents are set in: DejaVu Serif (regular and bold), shipped in {@code resources/fonts} with its
 * licence, because the 14 standard PDF fonts have no Vietnamese letters and a fresh server may have no fonts.
 * Each document embeds only the glyphs it uses (a subset).
 */
@Component
public class DocumentFonts {

    public record FontPair(PDType0Font regular, PDType0Font bold) {}

    private final byte[] regular = read("/fonts/DejaVuSerif.ttf");
    private final byte[] bold = read("/fonts/DejaVuSerif-Bold.ttf");

    public FontPair loadInto(PDDocument document) {
        try {
            return new FontPair(
                    PDType0Font.load(document, new ByteArrayInputStream(regular)),
                    PDType0Font.load(document, new ByteArrayInputStream(bold)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the document fonts", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + resource, e);
        }
    }
}
