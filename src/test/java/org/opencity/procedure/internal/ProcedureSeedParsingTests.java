package org.opencity.procedure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.RequiredDocument;

/** The readers of the portal's flattened texts, on the shapes found in the source. */
class ProcedureSeedParsingTests {

    @Test
    void readsTimeAndFeePerChannel() {
        ChannelTimeFee parsed = ChannelTimeFee.parse(
                "Trực tuyến: 7 Ngày làm việc; 10,000 Việt Nam Đồng | Trực tiếp: 7 Ngày làm việc; 20,000 Việt Nam Đồng");
        assertThat(parsed.reference().days()).isEqualTo(7);
        assertThat(parsed.reference().feeVnd()).isEqualTo(20_000L);
        assertThat(parsed.onlineFee()).isEqualTo(10_000L);
        assertThat(SeedProcedure.onlineLevel("x", parsed)).isEqualTo(OnlineLevel.PARTLY_ONLINE);
    }

    @Test
    void readsTheOddShapes() {
        assertThat(ChannelTimeFee.parse("Trực tuyến: 1; Miễn phí | Trực tiếp: 1; Miễn phí")
                        .reference()
                        .days())
                .isEqualTo(1);
        assertThat(ChannelTimeFee.parse("Trực tiếp: 1 Giờ; Không có thông tin")
                        .reference()
                        .days())
                .isZero();
        assertThat(ChannelTimeFee.parse("Trực tiếp: 1 Giờ; Không có thông tin")
                        .reference()
                        .feeVnd())
                .isNull();
        ChannelTimeFee copies = ChannelTimeFee.parse(
                "Trực tiếp: Không có thông tin; 2,000 Việt Nam Đồng | Trực tiếp: Không có thông tin; 10 USD");
        assertThat(copies.reference().days()).isNull();
        assertThat(copies.reference().feeVnd()).isEqualTo(2_000L);
        assertThat(ChannelTimeFee.parse("Trực tiếp: Không có thông tin; 50,000 VNĐ")
                        .reference()
                        .feeVnd())
                .isEqualTo(50_000L);
        assertThat(ChannelTimeFee.parse("Trực tiếpKhông Không có thông tinTại Trung tâm")
                        .channels())
                .isEmpty();
        assertThat(SeedProcedure.onlineLevel("x", ChannelTimeFee.parse("Trực tiếp: 15 Ngày; Miễn phí")))
                .isEqualTo(OnlineLevel.INFORMATION_ONLY);
    }

    @Test
    void keepsCountedPapersAndDropsExplanations() {
        var documents = DocumentList.parse("""
                * Giấy tờ phải nộp:
                - Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng. [1 bản chính]
                Trường hợp đã nộp bản điện tử thì không phải nộp bản giấy. [0 bản chính]
                - Bản sao sổ hộ khẩu [2 bản sao]
                - Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng. [1 bản chính]""");
        assertThat(documents)
                .containsExactly(
                        new RequiredDocument(
                                "Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng.", 1, null),
                        new RequiredDocument("Bản sao sổ hộ khẩu", 2, null));
    }

    @Test
    void readsTheDefenceFilesLabelledFeesAndOriginalsAndCopies() {
        ChannelTimeFee labelled =
                ChannelTimeFee.parse("Trực tiếp: 30 Ngày; Phí : 0 Đồng | Trực tuyến: 2 Giờ; Lệ phí : 135.000 Đồng");
        assertThat(labelled.reference().feeVnd()).isZero();
        assertThat(labelled.onlineFee()).isEqualTo(135_000L);
        assertThat(ChannelTimeFee.parse("Trực tiếp: 1 Giờ; Phí : Không Đồng")
                        .reference()
                        .feeVnd())
                .isZero();
        assertThat(ChannelTimeFee.parse("Trực tiếp: 3 Ngày làm việc; ")
                        .reference()
                        .feeVnd())
                .isNull();
        assertThat(DocumentList.parse("""
                        Giấy đề nghị cấp giấy chứng nhận [Bản chính: 1 Bản sao: 0]
                        Danh sách người đề nghị [Bản chính: 1 Bản sao: 1]
                        Bản sao quyết định [Bản chính: 0 Bản sao: 3]
                        Ghi chú [Bản chính: 0 Bản sao: 0]"""))
                .containsExactly(
                        new RequiredDocument("Giấy đề nghị cấp giấy chứng nhận", 1, null),
                        new RequiredDocument("Danh sách người đề nghị", 1, null),
                        new RequiredDocument("Bản sao quyết định", 3, null));
    }

    @Test
    void keepsAnAddressUnlessItIsAnotherProvincesOffice() {
        assertThat(CatalogueEntry.address(" Số 28A, Điện Biên Phủ, Ba Đình, Hà Nội "))
                .isEqualTo("Số 28A, Điện Biên Phủ, Ba Đình, Hà Nội");
        assertThat(CatalogueEntry.address("Ban Chỉ huy quân sự cấp sư đoàn, cấp tỉnh và tương đương"))
                .isNotNull();
        assertThat(CatalogueEntry.address(
                        "Trung tâm Phục vụ hành chính công tỉnh (số 02, phường Thành Sen, tỉnh Hà Tĩnh)"))
                .isNull();
        assertThat(CatalogueEntry.address(" ")).isNull();
    }

    @Test
    void findsLifeEventsAsWholeWords() {
        QueryWords words = QueryWords.of("Bố tôi MẤT hôm qua");
        assertThat(words.mentions("mat")).isTrue();
        assertThat(QueryWords.of("mất căn cước").mentions("can cuoc")).isTrue();
        assertThat(QueryWords.of("tham mat").mentions("mat")).isTrue();
        assertThat(QueryWords.of("matxcova").mentions("mat")).isFalse();
        assertThat(QueryWords.of("làm thủ tục khai sinh cho con").phrase()).isEqualTo("khai sinh con");
    }
}
