package org.opencity.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencity.procedure.RequiredDocument;

/**
 * Which papers of the catalogue a dossier must have, read from the national portal's own sentences (birth
 * registration, 1.001193).
 */
class RequiredPapersTests {

    private static boolean required(String name, int copies) {
        return DossierProcedures.isRequired(new RequiredDocument(name, copies, null));
    }

    @Test
    void aPaperWithAnAlternativeAfterItsSemicolonIsRequired() {
        assertThat(required(
                        "Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng "
                                + "xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.",
                        1))
                .isTrue();
    }

    @Test
    void papersForSomeCasesOnlyAreNotRequired() {
        assertThat(required(
                        "Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm "
                                + "quyền lập.",
                        1))
                .isFalse();
        assertThat(required(
                        "Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền "
                                + "thực hiện việc đăng ký khai sinh.",
                        1))
                .isFalse();
        assertThat(required("Bản sao giấy tờ chứng minh nơi cư trú (nếu có)", 1))
                .isFalse();
        assertThat(required("Đối với người nước ngoài: hộ chiếu", 1)).isFalse();
    }

    @Test
    void aPaperOfWhichNoCopyIsAskedForIsNotRequired() {
        assertThat(required("Tờ khai đăng ký khai sinh", 0)).isFalse();
        assertThat(required("Tờ khai đăng ký khai sinh", 1)).isTrue();
    }
}
