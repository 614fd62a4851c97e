package org.opencity.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencity.identity.UnitKind;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalogue as loaded by the migrations from the portal crawl, and the search residents use.
 */
@SpringBootTest
class ProcedureCatalogueTests {

    static final String BIRTH = "1.001193";
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheEverydayProceduresAndTheOtherWardLevelOnes() {
        assertThat(count("select count(*) from prc_procedure where jsonb_array_length(form_fields) > 0"))
                .as("the procedures V2 loaded, each with a form")
                .isEqualTo(347);
        assertThat(count("select count(*) from prc_procedure where common")).isEqualTo(37);
        assertThat(count("select count(*) from prc_life_event")).isEqualTo(11);
    }

    @Test
    void theEverydayProceduresCarryTheParsedTimeAndFee() {
        assertFacts(BIRTH, "Thủ tục đăng ký khai sinh", 1, 0L, OnlineLevel.FULL_ONLINE, 2);
        assertFacts("1.000894", "Thủ tục đăng ký kết hôn", 1, 0L, OnlineLevel.FULL_ONLINE, 2);
        assertFacts("1.000656", "Thủ tục đăng ký khai tử", 1, 0L, OnlineLevel.FULL_ONLINE, 2);
        assertFacts("1.004222", "Đăng ký thường trú", 7, 20_000L, OnlineLevel.PARTLY_ONLINE, 2);
        assertFacts("2.000815", "Chứng thực bản sao", null, 2_000L, OnlineLevel.INFORMATION_ONLY, 0);
        assertFacts("3.000333", "Cấp Phiếu Lý lịch tư pháp", 10, 0L, OnlineLevel.FULL_ONLINE, 2);
        assertFacts("1.013225", "Cấp giấy phép xây dựng mới", 15, 0L, OnlineLevel.FULL_ONLINE, 1);
        assertFacts("1.001612", "Đăng ký thành lập hộ kinh doanh", null, 50_000L, OnlineLevel.FULL_ONLINE, 1);
        assertFacts("1.013978", "Đăng ký đất đai", 27, 0L, OnlineLevel.FULL_ONLINE, 2);
        assertFacts("1.011607", "Công nhận hộ nghèo", 15, 0L, OnlineLevel.INFORMATION_ONLY, 0);
        assertThat(catalogue.get("1.004222").onlineFeeVnd()).isEqualTo(10_000L);
        assertThat(catalogue.get("1.001612").onlineFeeVnd()).isEqualTo(150_000L);
    }

    @Test
    void birthRegistrationHasItsDocumentsFormAndEvents() {
        Procedure birth = catalogue.get(new ProcedureCode(BIRTH));
        assertThat(birth.nameEn()).isEqualTo("Birth registration");
        assertThat(birth.name(Locale.ENGLISH)).isEqualTo("Birth registration");
        assertThat(birth.field().code()).isEqualTo("civil-status");
        assertThat(birth.level()).isEqualTo(ProcedureLevel.WARD);
        assertThat(birth.unitKind()).isEqualTo(UnitKind.SERVICE_CENTRE);
        assertThat(birth.documents())
                .extracting(RequiredDocument::name)
                .anyMatch(name -> name.startsWith("Giấy chứng sinh"));
        assertThat(birth.documents()).allMatch(d -> d.copies() > 0);
        assertThat(birth.documents()).extracting(RequiredDocument::templateFile).contains("to-khai.txt");
        assertThat(birth.formFields()).extracting(FormField::name).contains("childFullName", "childBirthDate");
        assertThat(birth.lifeEvents()).extracting(LifeEvent::code).contains("HAVING_A_BABY");
        assertThat(birth.legalBasis()).contains("123/2015/NĐ-CP");
    }

    @Test
    void aProcedureWithoutAWrittenFormAsksForDetails() {
        assertThat(catalogue.get("1.003677").formFields())
                .extracting(FormField::name)
                .containsExactly("details");
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() {
        assertThat(catalogue.find(new ProcedureCode("9.999999"))).isEmpty();
        assertThatThrownBy(() -> catalogue.get("9.999999")).isInstanceOf(ProcedureNotFound.class);
        assertThatThrownBy(() -> catalogue.get("abc")).isInstanceOf(ProcedureNotFound.class);
    }

    @Test
    void searchFindsBirthRegistrationFirstWithOrWithoutDiacritics() {
        for (String query : List.of(
                "khai sinh",
                "khai sinh",
                "KHAI SINH",
                "đăng ký khai sinh",
                "dang ky khai sinh",
                "làm giấy khai sinh cho con")) {
            assertThat(codes(ProcedureSearch.text(query))).as(query).first().isEqualTo(BIRTH);
        }
    }

    @Test
    void searchRanksThePlainProcedureBeforeItsVariants() {
        assertThat(codes(ProcedureSearch.text("kết hôn"))).first().isEqualTo("1.000894");
        assertThat(codes(ProcedureSearch.text("thuong tru"))).first().isEqualTo("1.004222");
        assertThat(codes(ProcedureSearch.text("ly lich tu phap"))).first().isEqualTo("3.000333");
        assertThat(codes(ProcedureSearch.text("chứng thực bản sao"))).first().isEqualTo("2.000815");
        assertThat(codes(ProcedureSearch.text("birth registration"))).first().isEqualTo(BIRTH);
    }

    @Test
    void lifeEventsInTheQueryFindTheirProcedures() {
        assertThat(codes(ProcedureSearch.text("có con"))).contains(BIRTH, "1.000689");
        assertThat(codes(ProcedureSearch.text("co con"))).contains(BIRTH);
        assertThat(codes(ProcedureSearch.text("xây nhà"))).first().isEqualTo("1.013225");
        assertThat(codes(ProcedureSearch.text("mo quan"))).contains("1.001612");
        assertThat(codes(ProcedureSearch.text("bố tôi mất"))).first().isEqualTo("1.000656");
        assertThat(codes(ProcedureSearch.text("qua đời"))).contains("1.000656");
        assertThat(codes(ProcedureSearch.text("chuyển nhà"))).contains("1.004222", "1.004194");
        assertThat(codes(ProcedureSearch.text("kết hôn"))).contains("1.004873");
    }

    @Test
    void filtersByFieldLevelAndLifeEvent() {
        PageResponse<ProcedureSummary> civil =
                catalogue.search(new ProcedureSearch(null, "civil-status", null, null), new PageQuery(0, 200), VI);
        assertThat(civil.totalItems()).isGreaterThan(10);
        assertThat(civil.items()).allMatch(p -> p.fieldCode().equals("civil-status"));
        assertThat(catalogue
                        .search(
                                new ProcedureSearch(null, null, ProcedureLevel.PROVINCE, null),
                                new PageQuery(0, 200),
                                VI)
                        .items())
                .extracting(ProcedureSummary::code)
                .contains("3.000333")
                .doesNotContain(BIRTH);
        assertThat(codes(new ProcedureSearch(null, null, null, "HAVING_A_BABY")))
                .first()
                .isEqualTo(BIRTH);
        assertThat(codes(new ProcedureSearch("khai sinh", "residence", null, null)))
                .isEmpty();
    }

    @Test
    void pagesThroughTheWholeCatalogue() {
        PageResponse<ProcedureSummary> first = catalogue.search(ProcedureSearch.text(null), new PageQuery(0, 50), VI);
        PageResponse<ProcedureSummary> last = catalogue.search(ProcedureSearch.text(""), new PageQuery(56, 50), VI);
        assertThat(first.totalItems()).isEqualTo(2849);
        assertThat(first.totalPages()).isEqualTo(57);
        assertThat(first.items()).hasSize(50);
        assertThat(last.items()).hasSize(49);
        assertThat(first.items())
                .extracting(ProcedureSummary::code)
                .doesNotContainAnyElementsOf(
                        last.items().stream().map(ProcedureSummary::code).toList());
    }

    @Test
    void listsFieldsAndLifeEvents() {
        assertThat(catalogue.fields()).extracting(ProcedureField::code).contains("civil-status", "residence", "land");
        assertThat(catalogue.lifeEvents()).first().extracting(LifeEvent::code).isEqualTo("HAVING_A_BABY");
    }

    private void assertFacts(String code, String namePrefix, Integer days, Long fee, OnlineLevel online, int identity) {
        Procedure procedure = catalogue.get(code);
        assertThat(procedure.nameVi()).as(code).startsWith(namePrefix);
        assertThat(procedure.processingDays()).as(code + " days").isEqualTo(days);
        assertThat(procedure.feeVnd()).as(code + " fee").isEqualTo(fee);
        assertThat(procedure.onlineLevel()).as(code + " online").isEqualTo(online);
        assertThat(procedure.minimumIdentityLevel()).as(code + " identity").isEqualTo(identity);
        assertThat(procedure.nameEn()).as(code + " English name").isNotBlank();
    }

    private List<String> codes(ProcedureSearch search) {
        return catalogue.search(search, new PageQuery(0, 20), VI).items().stream()
                .map(ProcedureSummary::code)
                .toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
