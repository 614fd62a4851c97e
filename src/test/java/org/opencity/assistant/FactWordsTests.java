package org.opencity.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencity.assistant.internal.answer.AnswerLanguage;
import org.opencity.assistant.internal.answer.AskedFacts;
import org.opencity.assistant.internal.answer.Fact;
import org.opencity.assistant.internal.answer.FactWords;

/** Which fact a question asks for, whether it asks for anything else, and which language it is in. */
class FactWordsTests {

    private final FactWords words = new FactWords();
    private final AnswerLanguage languages = new AnswerLanguage();

    @Test
    void theAskedFactIsFoundWithOrWithoutDiacriticsInTheOrderAsked() {
        assertThat(words.of("làm lại căn cước mất bao lâu", null).facts()).containsExactly(Fact.TIME);
        assertThat(words.of("lam lai can cuoc mat bao lau", null).facts()).containsExactly(Fact.TIME);
        assertThat(words.of("lệ phí đăng ký kết hôn", null).facts()).containsExactly(Fact.FEE);
        assertThat(words.of("phi bao nhieu, nop o dau", null).facts()).containsExactly(Fact.FEE, Fact.WHERE);
        assertThat(words.of("đăng ký khai sinh cần giấy tờ gì", null).facts()).containsExactly(Fact.DOCUMENTS);
        assertThat(words.of("làm online được không", null).facts()).containsExactly(Fact.ONLINE);
        assertThat(words.of("căn cứ pháp lý của thủ tục này", null).facts()).containsExactly(Fact.LEGAL_BASIS);
        assertThat(words.of("How much is the fee and how long does it take?", null)
                        .facts())
                .containsExactly(Fact.FEE, Fact.TIME);
        assertThat(words.of("chuyển mục đích sử dụng đất phi nông nghiệp", null).facts())
                .as("'phi' of 'phi nông nghiệp' is no fee")
                .isEmpty();
    }

    @Test
    void aBareFactQuestionIsOneThatNamesNothingElse() {
        assertThat(words.of("còn lệ phí thì sao?", null)).isEqualTo(new AskedFacts(java.util.List.of(Fact.FEE), true));
        assertThat(words.of("làm online được không?", null).bare()).isTrue();
        assertThat(words.of("thế ở phường Cầu Giấy thì nộp ở đâu?", "Phường Cầu Giấy")
                        .bare())
                .isTrue();
        assertThat(words.of("lệ phí đăng ký kết hôn", null).bare()).isFalse();
        assertThat(words.of("đăng ký khai sinh", null).bare())
                .as("no fact at all")
                .isFalse();
    }

    @Test
    void englishIsTheQuestionsOrThePagesLanguage() {
        assertThat(languages.isEnglish("How long does it take to get a new ID card?"))
                .isTrue();
        assertThat(languages.isEnglish("lam online duoc khong")).isFalse();
        assertThat(languages.isEnglish("lam lai can cuoc mat bao lau")).isFalse();
        assertThat(languages.isEnglish("đăng ký khai sinh")).isFalse();
        assertThat(languages.of("đăng ký khai sinh", java.util.Locale.ENGLISH)).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(languages.of("what documents do I need for a passport", null))
                .isEqualTo(java.util.Locale.ENGLISH);
        assertThat(languages.of("dang ky khai sinh", null).getLanguage()).isEqualTo("vi");
    }
}
