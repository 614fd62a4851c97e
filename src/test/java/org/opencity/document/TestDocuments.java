package org.opencity.document;

import java.time.LocalDate;

/** A building permit as the dossier module will ask for one, with enough text to run onto a second page. */
final class TestDocuments {

    static final String UNIT = "UBND Phường Hoàn Kiếm";
    static final String APPLICANT = "Nguyễn Thị Hằng";
    static final String ADDRESS = "Số 7 phố Đinh Tiên Hoàng, phường Hoàn Kiếm, thành phố Hà Nội";

    private TestDocuments() {}

    static AdministrativeDocument permit(int paragraphs) {
        AdministrativeDocument.Builder builder = AdministrativeDocument.builder()
                .parentAuthority("UBND Thành phố Hà Nội")
                .issuingUnit(UNIT)
                .number("125/GP-UBND")
                .issued("Hà Nội", LocalDate.of(2026, 1, 5))
                .title("Giấy phép sửa chữa, cải tạo công trình")
                .paragraph("Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số điều "
                        + "của Luật Xây dựng ngày 17 tháng 6 năm 2020;")
                .field("Người được cấp phép", APPLICANT)
                .field("Địa chỉ công trình", ADDRESS)
                .field("Số hồ sơ", "HS-2026-000123");
        for (int i = 1; i <= paragraphs; i++) {
            builder.paragraph("Điều " + i + ". Chủ đầu tư phải thực hiện đúng nội dung giấy phép, bảo đảm an toàn "
                    + "cho người, công trình lân cận và vệ sinh môi trường trong suốt quá trình thi công.");
        }
        return builder.signatory("KT. Chủ tịch Phó Chủ tịch", "Trần Quốc Việt")
                .verificationUrl("http://localhost:8080/api/v1/documents/verify")
                .build();
    }
}
