package org.opencity.assistant.internal.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Vietnamese unless the page is English or the question is. A question counts as English when it is plain ASCII
 * and most of its words are common English words: Vietnamese typed without diacritics (“lam online duoc khong”)
 * has a word or two of English at most.
 */
@Component
public class AnswerLanguage {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Set<String> ENGLISH = Set.copyOf(java.util.Arrays.asList(String.join(
                    " ",
                    "a an the and or of to in on at for from with by about is are was be been do does did can could",
                    "will would should may might must have has had i my me we our you your it its this that these",
                    "those what which who whom whose where when why how much many long get got take takes need needs",
                    "want apply applying application register registration certificate birth marriage death card id",
                    "passport licence license driving fee fees cost costs price free online office documents papers",
                    "document form please help tell know find status check my ward district old new now still there",
                    "here if not no yes just also too than then so some any all more most time days day week weeks",
                    "month months business land house building permit residence temporary permanent report problem",
                    "pothole street light rubbish person officer talk speak someone human hello hi thanks thank")
            .split(" ")));

    public Locale of(String question, Locale pageLocale) {
        if (pageLocale != null && "en".equals(pageLocale.getLanguage())) {
            return Locale.ENGLISH;
        }
        return isEnglish(question) ? Locale.ENGLISH : VIETNAMESE;
    }

    public boolean isEnglish(String question) {
        if (question == null || !question.chars().allMatch(c -> c < 128)) {
            return false;
        }
        var words = WORD.matcher(question.toLowerCase(Locale.ROOT))
                .results()
                .map(match -> match.group())
                .toList();
        long english = words.stream().filter(ENGLISH::contains).count();
        return english >= 2 && english * 2 >= words.size();
    }
}
