package org.opencity.hotline.internal.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** What is spoken and hashed: the text a caller would hear, once, and not too much of it. */
class PromptTextTests {

    @Test
    void controlAndFormatCharactersAreDroppedAndWhitespaceCollapses() {
        assertThat(PromptText.clean("  Xin\u0000 chào\u001b[0m\t\tquý\u200b khách\r\n\u00a0 ạ.  "))
                .isEqualTo("Xin chào[0m quý khách ạ.");
    }

    @Test
    void aLineBreakSeparatesWordsInsteadOfJoiningThem() {
        assertThat(PromptText.clean("Bấm phím 1\nBấm phím 2")).isEqualTo("Bấm phím 1 Bấm phím 2");
    }

    @Test
    void vietnameseWithCombiningAccentsBecomesTheComposedText() {
        String composed = "Phường Hoàn Kiếm";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(PromptText.clean(decomposed)).isEqualTo(composed);
    }

    @Test
    void aLongTextIsCutAtAWordBeforeTheCap() {
        String text = "một hai ba bốn năm ".repeat(200);
        String cleaned = PromptText.clean(text);
        assertThat(cleaned.length())
                .isLessThanOrEqualTo(PromptText.MAX_LENGTH)
                .isGreaterThan(PromptText.MAX_LENGTH - 10);
        assertThat(text).startsWith(cleaned);
        assertThat(text.charAt(cleaned.length())).isEqualTo(' ');
    }

    @Test
    void nothingSpeakableLeavesNothing() {
        assertThat(PromptText.clean(null)).isEmpty();
        assertThat(PromptText.clean(" \u0007\u200b\n ")).isEmpty();
    }
}
