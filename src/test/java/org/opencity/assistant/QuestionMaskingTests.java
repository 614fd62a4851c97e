package org.opencity.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencity.assistant.internal.conversation.QuestionMasking;

/** What is masked before a question is stored, and what is kept. */
class QuestionMaskingTests {

    private final QuestionMasking masking = new QuestionMasking();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gọi tôi 0912 345 678 nhé | gọi tôi *** nhé",
                "sdt 0912.345.678 | sdt ***",
                "so cua toi +84912345678 | so cua toi ***",
                "cccd 001099012345 mat roi | cccd *** mat roi",
                "cmnd cũ 012345678 | cmnd cũ ***",
                "email an.nguyen@example.vn giúp tôi | email *** giúp tôi",
                "hồ sơ HS-2026-000123 số cuối 5678 | hồ sơ HS-2026-000123 số cuối ***",
                "HS-2026-000123 5678 | HS-2026-000123 ***",
                "4 số cuối điện thoại là 1234 | 4 số cuối điện thoại là ***",
                "lệ phí 8.000 đồng đúng không | lệ phí 8.000 đồng đúng không",
                "thủ tục 1.001193 mất 5 ngày | thủ tục 1.001193 mất 5 ngày",
                "năm 2025 sáp nhập phường | năm 2025 sáp nhập phường",
                "12 Hàng Bài thuộc phường nào | 12 Hàng Bài thuộc phường nào"
            })
    void masksPhonesIdNumbersEmailsAndADossiersPhoneDigits(String question, String stored) {
        assertThat(masking.mask(question)).isEqualTo(stored);
    }
}
