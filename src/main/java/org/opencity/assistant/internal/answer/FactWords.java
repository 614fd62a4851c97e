package org.opencity.assistant.internal.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencity.shared.VietnameseText;
import org.springframework.stereotype.Component;

/**
 * Finds which facts a question asks for, by the words residents use for them, matched on the folded text (no
 * diacritics, lower case), so “mất bao lâu”, “mat bao lau” and “how long” read the same.
 */
@Component
public class FactWords {

    private static final Map<Fact, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(
                Fact.TIME,
                List.of(
                        "bao lau",
                        "may ngay",
                        "bao nhieu ngay",
                        "thoi gian",
                        "thoi han",
                        "bao gio co",
                        "khi nao co",
                        "how long",
                        "how many days",
                        "processing time"));
        PHRASES.put(
                Fact.FEE,
                List.of(
                        "le phi",
                        "phi",
                        "bao nhieu tien",
                        "het bao nhieu",
                        "ton bao nhieu",
                        "mat bao nhieu",
                        "chi phi",
                        "fee",
                        "fees",
                        "cost",
                        "how much",
                        "price"));
        PHRASES.put(
                Fact.WHERE, List.of("o dau", "cho nao", "noi nao", "noi nop", "co quan nao", "where", "which office"));
        PHRASES.put(
                Fact.ONLINE,
                List.of("online", "truc tuyen", "qua mang", "tren mang", "dich vu cong", "internet", "onl"));
        PHRASES.put(
                Fact.DOCUMENTS,
                List.of(
                        "giay to",
                        "ho so gom",
                        "ho so can",
                        "can nhung gi",
                        "can gi",
                        "thanh phan",
                        "mang theo",
                        "chuan bi gi",
                        "documents",
                        "papers",
                        "what do i need"));
        PHRASES.put(
                Fact.LEGAL_BASIS,
                List.of(
                        "can cu",
                        "phap ly",
                        "quy dinh nao",
                        "luat nao",
                        "nghi dinh",
                        "thong tu",
                        "legal basis",
                        "which law"));
    }

    /** Words that carry no subject: what is left of “còn lệ phí thì sao?” once the fact is taken out. */
    private static final Set<String> SMALL_WORDS = Set.copyOf(java.util.Arrays.asList(String.join(
                    " ",
                    "con thi sao the vay nhi a ah oi la bao nhieu gi khong ko k hok duoc dc co lam minh toi em anh chi",
                    "ban nua nop o dau cho can phai mat het cua no nay do thu tuc ho so va voi hoi xin biet muon ra nhu",
                    "nao luon nhe ak u uh ha hay di vao tai thuc hien and what about is it i how does take for this that",
                    "of to an then there apply be done need much long tell me please again also too one")
            .split(" ")));

    /** The facts a question asks for, and whether it asks for nothing else; {@code place} (a ward) is not subject. */
    public AskedFacts of(String question, String placeName) {
        String folded = " " + VietnameseText.fold(question) + " ";
        if (placeName != null && !placeName.isBlank()) {
            String place = VietnameseText.fold(placeName).replaceFirst("^(phuong|xa|dac khu) ", "");
            folded = folded.replace(" " + place + " ", " ").replaceAll(" (phuong|xa|p)(?= )", "");
        }
        record Found(Fact fact, int at) {}
        List<Found> found = new ArrayList<>();
        String rest = folded;
        for (Map.Entry<Fact, List<String>> entry : PHRASES.entrySet()) {
            int first = -1;
            for (String phrase : entry.getValue()) {
                String word = " " + phrase + " ";
                int at = folded.indexOf(word);
                if (at >= 0 && !partOfAnotherTerm(folded, phrase, at)) {
                    first = first < 0 ? at : Math.min(first, at);
                    rest = rest.replace(word, " ");
                }
            }
            if (first >= 0) {
                found.add(new Found(entry.getKey(), first));
            }
        }
        found.sort(Comparator.comparingInt(Found::at));
        List<Fact> facts = found.stream().map(Found::fact).toList();
        boolean bare = !facts.isEmpty()
                && java.util.Arrays.stream(rest.trim().split(" "))
                        .allMatch(word -> word.isEmpty() || SMALL_WORDS.contains(word));
        return new AskedFacts(facts, bare);
    }

    /** “phí” in “đất phi nông nghiệp” (non-agricultural land) is no fee. */
    private static boolean partOfAnotherTerm(String folded, String phrase, int at) {
        return phrase.equals("phi") && folded.startsWith(" phi nong nghiep", at);
    }
}
