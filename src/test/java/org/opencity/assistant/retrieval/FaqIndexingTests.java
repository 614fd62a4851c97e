package org.opencity.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.assistant.internal.faq.FaqChangedMeanwhile;
import org.opencity.assistant.internal.faq.FaqEntries;
import org.opencity.assistant.internal.faq.FaqEntry;
import org.opencity.assistant.internal.faq.FaqEntryBuilder;
import org.opencity.assistant.internal.retrieval.KnowledgeHit;
import org.opencity.assistant.internal.retrieval.KnowledgeSearch;
import org.opencity.assistant.internal.review.ProcedureAliases;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The FAQ as loaded from faq.csv, and the index following an administrator's change. */
@SpringBootTest
class FaqIndexingTests {

    static final String NEW_CODE = "FAQ-900";
    static final String NEW_QUESTION = "bãi đỗ xe đạp công cộng ở đâu";

    @Autowired
    FaqEntries faq;

    @Autowired
    KnowledgeSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcedureAliases aliases;

    @Autowired
    DemoPeople people;

    @AfterEach
    void removeTheTestEntry() {
        jdbc.sql("delete from ast_faq_entry where code = :code")
                .param("code", NEW_CODE)
                .update();
    }

    @Test
    void loadsEveryEntryOfTheFaqFile() {
        List<FaqEntry> all = faq.all();
        assertThat(all).hasSize(37);
        assertThat(faq.validToday()).hasSize(37);
        FaqEntry wards = faq.find("FAQ-001").orElseThrow();
        assertThat(wards.questions()).contains("phường cũ giờ là phường nào", "which ward is my old district now");
        assertThat(wards.answerVi()).contains("126 đơn vị hành chính cấp xã");
        assertThat(wards.answerEn()).startsWith("Since 1 July 2025");
        assertThat(wards.links()).containsExactly("/wards");
        assertThat(wards.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(wards.validTo()).isNull();
        assertThat(wards.version()).isZero();
        assertThat(faq.validOn(LocalDate.of(2024, 6, 1)))
                .extracting(FaqEntry::code)
                .doesNotContain("FAQ-001");
    }

    @Test
    void theIndexFollowsAnEntrySavedAndRetired() {
        assertThat(codes(NEW_QUESTION)).doesNotContain(NEW_CODE);

        FaqEntry saved = faq.save(FaqEntryBuilder.builder()
                .code(NEW_CODE)
                .questions(List.of(NEW_QUESTION, "bai do xe dap cong cong"))
                .answerVi("Bãi đỗ xe đạp công cộng có ở các điểm xe buýt lớn.")
                .answerEn("Public bicycle parking is at the main bus stops.")
                .links(List.of("/wards"))
                .validFrom(LocalDate.of(2025, 1, 1))
                .build());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(codes(NEW_QUESTION)).first().isEqualTo(NEW_CODE));

        assertThatThrownBy(() -> faq.save(FaqEntryBuilder.builder(saved)
                        .version(saved.version() + 5)
                        .build()))
                .isInstanceOf(FaqChangedMeanwhile.class);

        FaqEntry retired = faq.retire(NEW_CODE, saved.version());
        assertThat(retired.validTo()).isBefore(LocalDate.now(WorkingCalendar.VIETNAM));
        assertThat(retired.version()).isEqualTo(saved.version() + 1);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(codes(NEW_QUESTION)).doesNotContain(NEW_CODE));
    }

    @Test
    void wordsAttachedFromTheReviewFindTheirProcedure() {
        String asked = "giấy báo tin con chào đời ở viện";
        assertThat(codes(asked)).first().isNotEqualTo("1.001193");
        aliases.attach(people.actor(DemoPeople.ADMIN), "1.001193", List.of(asked));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(codes(asked)).first().isEqualTo("1.001193"));
        jdbc.sql("delete from ast_procedure_alias where phrase = :p")
                .param("p", asked)
                .update();
    }

    private List<String> codes(String question) {
        return search.search(question, 5).hits().stream()
                .map(KnowledgeHit::code)
                .toList();
    }
}
