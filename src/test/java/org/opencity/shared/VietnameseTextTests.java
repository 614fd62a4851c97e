package org.opencity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @ParameterizedTest
    @CsvSource({
        "Phường Hoàn Kiếm, phuong hoan kiem",
        "Đống Đa, dong da",
        "  QUẬN   Cầu Giấy , quan cau giay",
        "Xã Sóc Sơn!, xa soc son",
        "Phường Văn Miếu - Quốc Tử Giám, phuong van mieu quoc tu giam"
    })
    void foldsDiacriticsCaseAndPunctuation(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldingTwiceChangesNothing() {
        String once = VietnameseText.fold("Thành phố Hà Nội — Ứng Hòa, Mỹ Đức");
        assertThat(VietnameseText.fold(once)).isEqualTo(once);
        assertThat(once).matches("[a-z0-9 ]+");
    }

    @Test
    void queriesExpandAdministrativeAbbreviations() {
        assertThat(VietnameseText.foldQuery("P. Cầu Giấy")).isEqualTo("phuong cau giay");
        assertThat(VietnameseText.foldQuery("Q.Đống Đa")).isEqualTo("quan dong da");
        assertThat(VietnameseText.foldQuery("TX Sơn Tây")).isEqualTo("thi xa son tay");
    }

    @Test
    void nullFoldsToEmpty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
    }
}
