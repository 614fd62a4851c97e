package org.opencity.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencity.assistant.internal.retrieval.KnowledgeHit;
import org.opencity.assistant.internal.retrieval.KnowledgeKind;
import org.opencity.assistant.internal.retrieval.KnowledgeSearch;
import org.opencity.assistant.internal.retrieval.RetrievalProperties;
import org.opencity.assistant.internal.retrieval.SearchResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The assistant's retrieval over the real catalogue and FAQ: questions typed as residents type them find the
 * procedure or FAQ entry that answers them, and questions about something else get a low confidence.
 */
@SpringBootTest
class KnowledgeSearchTests {

    static final String BIRTH = "1.001193";
    static final String MARRIAGE = "1.000894";
    static final String ID_CARD_REISSUE = "1.014064";
    static final String ID_CARD_RENEWAL = "1.014063";
    static final String FIRST_ID_CARD = "1.014061";
    static final String LAND_FIRST_CERTIFICATE = "1.013978";
    static final String LAND_CERTIFICATE_RENEWAL = "1.012783";

    @Autowired
    KnowledgeSearch search;

    @Autowired
    RetrievalProperties properties;

    @Test
    void findsTheSameRecordWithOrWithoutDiacritics() {
        for (String[] pair : List.of(
                new String[] {"đăng ký khai sinh cho con", "dang ky khai sinh cho con"},
                new String[] {"đăng ký kết hôn", "DANG KY KET HON"},
                new String[] {"giấy xác nhận tình trạng hôn nhân", "giay xac nhan tinh trang hon nhan"},
                new String[] {"thành lập hộ kinh doanh", "thanh lap ho kinh doanh"})) {
            assertThat(top(pair[1])).as(pair[1]).isEqualTo(top(pair[0]));
        }
        assertThat(top("dang ky khai sinh cho con")).isEqualTo(BIRTH);
        assertThat(top("đăng ký kết hôn")).isEqualTo(MARRIAGE);
    }

    @Test
    void synonymsTurnEverydayWordsIntoTheCatalogueOnes() {
        // CMND is the old identity card: the question is about the căn cước card that replaced it.
        assertThat(codes("làm lại CMND bị mất", 3)).contains(ID_CARD_REISSUE);
        assertThat(codes("cmnd het han doi o dau", 3)).containsAnyOf(ID_CARD_RENEWAL, ID_CARD_REISSUE, FIRST_ID_CARD);
        // "sổ đỏ" is the land-use right certificate; no procedure name says "sổ đỏ".
        assertThat(top("cấp đổi sổ đỏ")).isEqualTo(LAND_CERTIFICATE_RENEWAL);
        assertThat(search.search("so do bi rach muon doi", 3).hits())
                .first()
                .extracting(KnowledgeHit::title)
                .asString()
                .containsIgnoringCase("giấy chứng nhận quyền sử dụng đất");
        assertThat(codes("làm sổ đỏ lần đầu", 5)).contains(LAND_FIRST_CERTIFICATE);
    }

    @Test
    void findsThroughATypo() {
        // "cang cuoc" for "căn cước", "ket hon" spelt "ket hôn", "ki" for "ký"
        assertThat(codes("cap lai the cang cuoc bi mat", 3)).contains(ID_CARD_REISSUE);
        assertThat(top("dang ki ket hon")).isEqualTo(MARRIAGE);
    }

    @Test
    void ranksTheProcedureThatAnswersFirstOnAFixedSetOfQuestions() {
        // Written for this test, not taken from bench/assistant: the everyday questions the assistant must get right.
        List<Expectation> questions = List.of(
                new Expectation("con tôi mới sinh, làm giấy khai sinh ở đâu", BIRTH),
                new Expectation("thu tuc dang ky ket hon can gi", MARRIAGE),
                new Expectation("bố tôi mất, làm giấy báo tử thế nào", "1.000656"),
                new Expectation("mat the can cuoc lam lai the nao", ID_CARD_REISSUE),
                new Expectation("the can cuoc het han doi o dau", ID_CARD_RENEWAL),
                new Expectation("đăng ký tạm trú cho sinh viên thuê trọ", "1.004194"),
                new Expectation("nhap ho khau ve nha vo", "1.004222"),
                new Expectation("xin giấy xác nhận độc thân để kết hôn", "1.004873"),
                new Expectation("mở hộ kinh doanh bán tạp hóa", "1.001612"),
                new Expectation("sao y bản chính giấy tờ ở phường", "2.000815"),
                new Expectation("xin giay phep xay dung nha o", "1.013225"),
                new Expectation("lý lịch tư pháp xin ở đâu", "3.000333"),
                new Expectation("gia hạn tạm trú", "1.002755"),
                new Expectation("hồ sơ của tôi đến đâu rồi", "FAQ-003"),
                new Expectation("phuong cu cua toi gio thuoc phuong nao", "FAQ-001"));
        List<String> notFirst = questions.stream()
                .filter(q -> !q.expected().equals(top(q.question())))
                .map(q -> q.question() + " → " + codes(q.question(), 3))
                .toList();
        for (Expectation q : questions) {
            assertThat(codes(q.question(), 3)).as(q.question()).contains(q.expected());
        }
        // Today's weak spot (bench/assistant/REPORT.md): an FAQ entry about the old CMND or the paper household book
        // can come before the procedure itself, which is then second.
        assertThat(notFirst).as("not answered by the first hit").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void questionsAboutSomethingElseGetALowConfidence() {
        double threshold = properties.confidenceThreshold();
        for (String question : List.of(
                "thời tiết Hà Nội ngày mai thế nào",
                "cach nau pho bo ngon",
                "giá vàng hôm nay bao nhiêu",
                "tell me a joke",
                "asdkjh qwe zzz")) {
            assertThat(search.search(question, 5).confidence()).as(question).isLessThan(threshold);
        }
        for (String question : List.of("đăng ký khai sinh cho con", "lam lai the can cuoc bi mat")) {
            assertThat(search.search(question, 5).confidence()).as(question).isGreaterThanOrEqualTo(threshold);
        }
        assertThat(search.search("là gì thế nào", 5)).isEqualTo(SearchResult.nothing());
    }

    @Test
    void aVeryLongQuestionIsStillAnswered() {
        String question =
                "Tôi muốn hỏi về thủ tục đăng ký khai sinh cho con, giấy tờ cần những gì, nộp ở đâu, ".repeat(40);
        assertThat(codes(question, 3)).contains(BIRTH);
    }

    @Test
    void findsTheFaqEntries() {
        SearchResult result = search.search("tra cứu tình trạng hồ sơ đã nộp", 3);
        assertThat(result.hits()).first().satisfies(hit -> {
            assertThat(hit.code()).isEqualTo("FAQ-003");
            assertThat(hit.kind()).isEqualTo(KnowledgeKind.FAQ);
            assertThat(hit.title()).isEqualTo("tra cứu hồ sơ đã nộp");
        });
        assertThat(top("sổ hộ khẩu giấy còn dùng được không")).isEqualTo("FAQ-030");
    }

    record Expectation(String question, String expected) {}

    private String top(String question) {
        SearchResult result = search.search(question, 1);
        return result.hits().isEmpty() ? null : result.hits().get(0).code();
    }

    private List<String> codes(String question, int limit) {
        return search.search(question, limit).hits().stream()
                .map(KnowledgeHit::code)
                .toList();
    }
}
