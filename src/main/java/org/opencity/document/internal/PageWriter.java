package org.opencity.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Puts lines of text on A4 pages from the top down, starting a new page when the next block would not fit.
 * Margins follow Decree 30/2020 (left 30 mm, right 15 mm, top and bottom 20 mm). Positions are in points
 * from the left edge of the text area; {@link #y()} is the baseline cursor, measured from the page bottom.
 */
public final class PageWriter implements AutoCloseable {

    public enum Align {
        LEFT,
        CENTRE
    }

    private static final float LEFT = 85f;
    private static final float RIGHT = 42.5f;
    private static final float TOP = 57f;
    private static final float BOTTOM = 57f;
    private static final float LINE_SPACING = 1.35f;

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    public PageWriter(PDDocument document) {
        this.document = document;
        newPage();
    }

    public float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    public float y() {
        return y;
    }

    public void y(float value) {
        y = value;
    }

    public void gap(float points) {
        y -= points;
    }

    public static float lineHeight(float size) {
        return size * LINE_SPACING;
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin. */
    public void keepTogether(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Writes text wrapped to a column, line by line, breaking pages between lines. */
    public void write(String text, PDFont font, float size, float x, float columnWidth, Align align) {
        write(LineBreaker.lines(text, font, size, columnWidth), font, size, x, columnWidth, align);
    }

    public void write(List<String> lines, PDFont font, float size, float x, float columnWidth, Align align) {
        for (String line : lines) {
            keepTogether(lineHeight(size));
            y -= lineHeight(size);
            float offset = align == Align.CENTRE ? (columnWidth - LineBreaker.width(line, font, size)) / 2 : 0;
            show(line, font, size, x + offset, y);
        }
    }

    /** A thin line under the last line written, centred in the column. */
    public void rule(float x, float columnWidth, float length) {
        try {
            float start = LEFT + x + (columnWidth - length) / 2;
            stream.setLineWidth(0.6f);
            stream.moveTo(start, y - 4);
            stream.lineTo(start + length, y - 4);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A filled bar whose bottom edge is {@code bottomOffset} below the current line, {@code length} long from
     * {@code x}, in a grey of the given level (0 black, 1 white): the bars of a chart.
     */
    public void bar(float x, float bottomOffset, float length, float height, float grey) {
        try {
            stream.setNonStrokingColor(grey, grey, grey);
            stream.addRect(LEFT + x, y - bottomOffset, length, height);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, PDFont font, float size, float x, float baseline) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(LEFT + x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small footer line on every page: the given text on the left, "Trang n/N" on the right. */
    public void footers(String text, PDFont font, float size) {
        closeStream();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = footer;
                String pageNumber = "Trang " + (i + 1) + "/" + count;
                float numberWidth = LineBreaker.width(pageNumber, font, size);
                if (text != null && !text.isBlank()) {
                    String line = LineBreaker.lines(text, font, size, width() - numberWidth - 12)
                            .get(0);
                    show(line, font, size, 0, BOTTOM / 2);
                }
                show(pageNumber, font, size, width() - numberWidth, BOTTOM / 2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stream = null;
            }
        }
    }

    @Override
    public void close() {
        closeStream();
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
