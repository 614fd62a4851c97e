package org.opencity.document;

import static org.opencity.document.internal.PageWriter.Align.CENTRE;
import static org.opencity.document.internal.PageWriter.Align.LEFT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.opencity.document.AdministrativeDocument.Block;
import org.opencity.document.AdministrativeDocument.Field;
import org.opencity.document.AdministrativeDocument.Paragraph;
import org.opencity.document.internal.DocumentFonts;
import org.opencity.document.internal.DocumentFonts.FontPair;
import org.opencity.document.internal.LineBreaker;
import org.opencity.document.internal.PageWriter;
import org.springframework.stereotype.Service;

/**
 * Sets an {@link AdministrativeDocument} on A4 pages as a PDF: the two-column heading (issuing unit and number
 * on the left, national motto and date on the right), the title, the body, and the signature block on the
 * right. Text is Vietnamese, in an embedded Unicode font, so it can be read back and searched.
 */
@Service
public class DocumentComposer {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final float HEADING = 12.5f;
    private static final float BODY = 13f;
    private static final float TITLE = 14f;
    private static final float FOOTER = 8.5f;
    private static final float INDENT = 28f;

    private final DocumentFonts fonts;

    DocumentComposer(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] compose(AdministrativeDocument content) {
        try (PDDocument document = new PDDocument()) {
            describe(document, content);
            FontPair font = fonts.loadInto(document);
            try (PageWriter page = new PageWriter(document)) {
                heading(page, font, content);
                page.gap(BODY * 1.5f);
                page.write(upper(content.title()), font.bold(), TITLE, 0, page.width(), CENTRE);
                page.gap(BODY);
                body(page, font, content.body());
                if (content.signatory() != null) {
                    signature(page, font, content.signatory());
                }
                String verification = content.verificationUrl() == null
                        ? null
                        : "Kiểm tra văn bản và chữ ký số tại: " + content.verificationUrl();
                page.footers(verification, font.regular(), FOOTER);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private static void heading(PageWriter page, FontPair font, AdministrativeDocument content) {
        float leftWidth = page.width() * 0.40f;
        float rightX = page.width() * 0.43f;
        float rightWidth = page.width() - leftWidth;
        float top = page.y();
        if (content.parentAuthority() != null) {
            oneLine(page, upper(content.parentAuthority()), font.regular(), 0, leftWidth);
        }
        oneLine(page, upper(content.issuingUnit()), font.bold(), 0, leftWidth);
        page.rule(0, leftWidth, leftWidth * 0.35f);
        page.gap(6);
        if (content.number() != null) {
            oneLine(page, "Số: " + content.number(), font.regular(), 0, leftWidth);
        }
        float leftBottom = page.y();
        page.y(top);
        oneLine(page, NATION, font.bold(), rightX, rightWidth);
        oneLine(page, MOTTO, font.bold(), rightX, rightWidth);
        page.rule(rightX, rightWidth, LineBreaker.width(MOTTO, font.bold(), fitted(MOTTO, font.bold(), rightWidth)));
        page.gap(6);
        oneLine(
                page,
                VietnameseDates.placeAndDate(content.place(), content.date()),
                font.regular(),
                rightX,
                rightWidth);
        page.y(Math.min(leftBottom, page.y()));
    }

    /** A heading line in one piece: the size shrinks (down to 9 pt) rather than wrapping. */
    private static void oneLine(PageWriter page, String text, PDFont font, float x, float width) {
        String printable = LineBreaker.printable(text, font);
        page.write(List.of(printable), font, fitted(printable, font, width), x, width, CENTRE);
    }

    private static float fitted(String text, PDFont font, float width) {
        float size = HEADING;
        while (size > 9f && LineBreaker.width(text, font, size) > width) {
            size -= 0.5f;
        }
        return size;
    }

    private static void body(PageWriter page, FontPair font, List<Block> blocks) {
        float labelWidth = page.width() * 0.36f;
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                List<String> lines = LineBreaker.lines(paragraph.text(), font.regular(), BODY, page.width() - INDENT);
                page.write(lines.subList(0, 1), font.regular(), BODY, INDENT, page.width() - INDENT, LEFT);
                if (lines.size() > 1) {
                    String rest = String.join(" ", lines.subList(1, lines.size()));
                    page.write(rest, font.regular(), BODY, 0, page.width(), LEFT);
                }
                page.gap(BODY * 0.4f);
            } else if (block instanceof Field field) {
                row(page, font, field, labelWidth);
            } else if (block instanceof AdministrativeDocument.BarChart chart) {
                chart(page, font, chart, labelWidth);
            }
        }
    }

    private static void row(PageWriter page, FontPair font, Field field, float labelWidth) {
        List<String> label = LineBreaker.lines(field.label() + ":", font.bold(), BODY, labelWidth - 8);
        List<String> value = LineBreaker.lines(field.value(), font.regular(), BODY, page.width() - labelWidth);
        page.keepTogether(PageWriter.lineHeight(BODY) * Math.max(label.size(), value.size()));
        float top = page.y();
        page.write(label, font.bold(), BODY, 0, labelWidth, LEFT);
        float labelBottom = page.y();
        page.y(top);
        page.write(value, font.regular(), BODY, labelWidth, page.width() - labelWidth, LEFT);
        page.y(Math.min(labelBottom, page.y()) - BODY * 0.2f);
    }

    private static void chart(PageWriter page, FontPair font, AdministrativeDocument.BarChart chart, float labelWidth) {
        float size = BODY - 2.5f;
        float barArea = page.width() - labelWidth - 70;
        double highest = chart.bars().stream()
                .mapToDouble(AdministrativeDocument.Bar::value)
                .max()
                .orElse(0);
        page.keepTogether(PageWriter.lineHeight(BODY)
                + PageWriter.lineHeight(size) * Math.min(4, chart.bars().size()));
        page.gap(BODY * 0.3f);
        page.write(chart.caption(), font.bold(), BODY, 0, page.width(), LEFT);
        for (AdministrativeDocument.Bar bar : chart.bars()) {
            List<String> label = LineBreaker.lines(bar.label(), font.regular(), size, labelWidth - 8);
            page.keepTogether(PageWriter.lineHeight(size) * label.size());
            float top = page.y();
            page.write(label.subList(0, 1), font.regular(), size, 0, labelWidth - 8, LEFT);
            float length = highest <= 0 ? 0 : (float) (barArea * Math.max(0, bar.value()) / highest);
            page.bar(labelWidth, 2, Math.max(length, 0.5f), size, 0.45f);
            float after = page.y();
            page.y(top);
            page.write(
                    List.of(LineBreaker.printable(bar.shown(), font.regular())),
                    font.regular(),
                    size,
                    labelWidth + length + 4,
                    66,
                    LEFT);
            page.y(after);
            if (label.size() > 1) {
                page.write(label.subList(1, label.size()), font.regular(), size, 0, labelWidth - 8, LEFT);
            }
        }
        page.gap(BODY * 0.6f);
    }

    private static void signature(PageWriter page, FontPair font, AdministrativeDocument.Signatory signatory) {
        float x = page.width() * 0.45f;
        float width = page.width() - x;
        List<String> position = LineBreaker.lines(upper(signatory.position()), font.bold(), BODY, width);
        page.keepTogether(PageWriter.lineHeight(BODY) * (position.size() + 2) + 70);
        page.gap(BODY);
        page.write(position, font.bold(), BODY, x, width, CENTRE);
        page.write("(Đã ký số)", font.regular(), BODY - 2, x, width, CENTRE);
        page.gap(56);
        page.write(signatory.name(), font.bold(), BODY, x, width, CENTRE);
    }

    private static void describe(PDDocument document, AdministrativeDocument content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.title());
        info.setAuthor(content.issuingUnit());
        info.setCreator("OpenCity");
        document.getDocumentCatalog().setLanguage("vi-VN");
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
