package org.opencity.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencity.platform.InvalidRequest;
import org.opencity.report.CategoryAttribute;
import org.opencity.report.CategoryAttribute.Choice;

/**
 * Answers to a category's extra questions, checked against the Open311 datatypes.
 */
class AttributeCheckTests {

    static final CategoryAttribute KIND = new CategoryAttribute(
            "waste_kind",
            "multivaluelist",
            false,
            "Loại",
            "Kind",
            1,
            List.of(
                    new Choice("household", "Sinh hoạt", "Household"),
                    new Choice("construction", "Xây dựng", "Debris")));
    static final CategoryAttribute DEPTH = new CategoryAttribute("depth", "number", true, "Sâu", "Depth", 2, List.of());

    @Test
    void validAnswersAreKeptAndUnknownQuestionsDropped() {
        var answers = AttributeCheck.checked(
                List.of(KIND, DEPTH),
                Map.of(
                        "waste_kind",
                        List.of("household", "construction", "household"),
                        "depth",
                        List.of(" 35 "),
                        "colour",
                        List.of("red")));
        assertThat(answers)
                .containsEntry("waste_kind", List.of("household", "construction"))
                .containsEntry("depth", List.of("35"))
                .doesNotContainKey("colour");
    }

    @Test
    void aRequiredQuestionNeedsAnAnswer() {
        assertThatThrownBy(() -> AttributeCheck.checked(List.of(DEPTH), Map.of("depth", List.of(" "))))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void answersMustFitTheDatatype() {
        assertThatThrownBy(() -> AttributeCheck.checked(List.of(DEPTH), Map.of("depth", List.of("deep"))))
                .isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> AttributeCheck.checked(List.of(KIND), Map.of("waste_kind", List.of("nuclear"))))
                .isInstanceOf(InvalidRequest.class);
        CategoryAttribute single = new CategoryAttribute(
                "size",
                "singlevaluelist",
                false,
                "Cỡ",
                "Size",
                1,
                List.of(new Choice("s", "Nhỏ", "Small"), new Choice("l", "Lớn", "Large")));
        assertThatThrownBy(() -> AttributeCheck.checked(List.of(single), Map.of("size", List.of("s", "l"))))
                .isInstanceOf(InvalidRequest.class);
    }
}
