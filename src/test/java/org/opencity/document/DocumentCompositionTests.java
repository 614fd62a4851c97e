package org.opencity.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencity.document.internal.DocumentFonts;

/**
 * The composed PDF reads back, through poppler's pdftotext, as exactly the Vietnamese that went in.
 */
class DocumentCompositionTests {

    private final DocumentComposer composer = new DocumentComposer(new DocumentFonts());

    @TempDir
    Path dir;

    @Test
    void vietnameseTextComesBackWithItsDiacritics() throws Exception {
        Path pdf = Files.write(dir.resolve("permit.pdf"), composer.compose(TestDocuments.permit(2)));

        String text = Poppler.pdftotext(pdf);

        assertThat(text)
                .contains(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "UBND THÀNH PHỐ HÀ NỘI",
                        "UBND PHƯỜNG HOÀN KIẾM",
                        "Số: 125/GP-UBND",
                        "Hà Nội, ngày 05 tháng 01 năm 2026",
                        "GIẤY PHÉP SỬA CHỮA, CẢI TẠO CÔNG TRÌNH",
                        "Người được cấp phép:",
                        TestDocuments.APPLICANT,
                        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
                        "Trần Quốc Việt",
                        "Kiểm tra văn bản và chữ ký số tại: http://localhost:8080/api/v1/documents/verify");
    }

    @Test
    void longBodiesRunOntoFurtherPagesWithoutLosingText() throws Exception {
        byte[] bytes = composer.compose(TestDocuments.permit(40));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String text = Poppler.pdftotext(Files.write(dir.resolve("long.pdf"), bytes));
        assertThat(text).contains("Điều 1.", "Điều 40.", "Trang 1/", "Trần Quốc Việt");
        assertThat(text.replaceAll("\\s+", " "))
                .contains("bảo đảm an toàn cho người, công trình lân cận và vệ sinh môi trường");
    }

    @Test
    void decomposedInputAndLettersTheFontLacksDoNotBreakTheDocument() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Phường Hoàn Kiếm", java.text.Normalizer.Form.NFD);
        AdministrativeDocument document = AdministrativeDocument.builder()
                .issuingUnit(decomposed)
                .issued(null, java.time.LocalDate.of(2026, 3, 12))
                .title("Thông báo")
                .paragraph("Biểu tượng \uD83D\uDE00 không có trong phông chữ.")
                .signatory("Chủ tịch", "Lê Văn An")
                .build();

        String text = Poppler.pdftotext(Files.write(dir.resolve("odd.pdf"), composer.compose(document)));

        assertThat(text).contains("PHƯỜNG HOÀN KIẾM", "Hà Nội, ngày 12 tháng 3 năm 2026", "Biểu tượng ? không");
    }
}
