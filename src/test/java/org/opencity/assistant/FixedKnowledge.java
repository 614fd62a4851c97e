package org.opencity.assistant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opencity.assistant.internal.answer.FaqAnswer;
import org.opencity.assistant.internal.answer.FaqAnswers;
import org.opencity.assistant.internal.retrieval.KnowledgeHit;
import org.opencity.assistant.internal.retrieval.KnowledgeKind;
import org.opencity.assistant.internal.retrieval.KnowledgeSearch;
import org.opencity.assistant.internal.retrieval.SearchResult;
import org.opencity.shared.VietnameseText;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A retrieval stand-in for the conversation's tests: fixed hits, with fixed confidence, for fixed questions (matched
 * folded, so with or without diacritics), nothing for any other. The answers then depend on the records alone, which
 * is what these tests check; the real engine's ranking has its own tests. One FAQ entry stands in for the FAQ store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedKnowledge {

    public static final String NEW_ID_CARD = "1.014064";
    public static final String BIRTH = "1.001193";
    public static final String MARRIAGE = "1.000894";
    public static final String PERMANENT_RESIDENCE = "1.004222";
    public static final String REPORT_FAQ = "FAQ-002";

    static final Map<String, SearchResult> ANSWERS = Map.ofEntries(
            Map.entry(
                    "lam lai can cuoc mat bao lau",
                    result(
                            0.82,
                            procedure(NEW_ID_CARD, "Cấp lại thẻ căn cước", 12.4),
                            procedure("1.014063", "Cấp đổi thẻ căn cước", 9.1))),
            Map.entry("cap lai the can cuoc", result(0.8, procedure(NEW_ID_CARD, "Cấp lại thẻ căn cước", 11.0))),
            Map.entry(
                    "dang ky khai sinh can giay to gi",
                    result(
                            0.9,
                            procedure(BIRTH, "Thủ tục đăng ký khai sinh", 14.2),
                            procedure("1.000689", "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", 8.7),
                            procedure("1.004884", "Thủ tục đăng ký lại khai sinh", 7.9))),
            Map.entry("dang ky khai sinh", result(0.88, procedure(BIRTH, "Thủ tục đăng ký khai sinh", 13.0))),
            Map.entry(
                    "how long does it take to register a birth",
                    result(0.7, procedure(BIRTH, "Thủ tục đăng ký khai sinh", 6.0))),
            Map.entry(
                    "le phi dang ky thuong tru sdt 0912 345 678",
                    result(0.75, procedure(PERMANENT_RESIDENCE, "Đăng ký thường trú", 9.0))),
            Map.entry("le phi dang ky ket hon", result(0.8, procedure(MARRIAGE, "Thủ tục đăng ký kết hôn", 10.0))),
            Map.entry(
                    "dang ky thuong tru mat bao nhieu tien",
                    result(0.75, procedure(PERMANENT_RESIDENCE, "Đăng ký thường trú", 9.0))),
            Map.entry(
                    "thoi tiet ha noi hom nay the nao",
                    result(
                            0.12,
                            procedure(BIRTH, "Thủ tục đăng ký khai sinh", 1.1),
                            procedure(MARRIAGE, "Thủ tục đăng ký kết hôn", 0.9),
                            procedure(PERMANENT_RESIDENCE, "Đăng ký thường trú", 0.8),
                            procedure("1.004884", "Thủ tục đăng ký lại khai sinh", 0.7))),
            Map.entry("bao cao o ga truoc nha", result(0.7, faq(REPORT_FAQ, "báo ổ gà", 8.0))),
            Map.entry("phi o day la bao nhieu", result(0.2, procedure(MARRIAGE, "Thủ tục đăng ký kết hôn", 1.0))));

    /** Every question retrieval was asked, so a test can tell a follow-up that needed no search. */
    public static final List<String> ASKED = new CopyOnWriteArrayList<>();

    @Bean
    @Primary
    KnowledgeSearch fixedKnowledge() {
        return (question, limit) -> {
            ASKED.add(question);
            SearchResult found = ANSWERS.getOrDefault(VietnameseText.fold(question), SearchResult.nothing());
            return new SearchResult(found.hits().stream().limit(limit).toList(), found.confidence());
        };
    }

    @Bean
    @Primary
    FaqAnswers oneFaqEntry() {
        return (code, language) -> REPORT_FAQ.equals(code)
                ? Optional.of(new FaqAnswer(
                        REPORT_FAQ,
                        Locale.ENGLISH.getLanguage().equals(language.getLanguage())
                                ? "Report a problem"
                                : "Phản ánh sự cố hạ tầng",
                        Locale.ENGLISH.getLanguage().equals(language.getLanguage())
                                ? "To report a problem, use Report at /reports/new."
                                : "Để phản ánh sự cố, chọn \"Phản ánh\" tại /reports/new, mô tả và đính kèm ảnh.",
                        List.of("/reports/new", "/me/reports")))
                : Optional.empty();
    }

    static SearchResult result(double confidence, KnowledgeHit... hits) {
        return new SearchResult(List.of(hits), confidence);
    }

    static KnowledgeHit procedure(String code, String title, double score) {
        return new KnowledgeHit(code, KnowledgeKind.PROCEDURE, title, score);
    }

    static KnowledgeHit faq(String code, String title, double score) {
        return new KnowledgeHit(code, KnowledgeKind.FAQ, title, score);
    }
}
