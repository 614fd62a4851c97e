package org.opencity.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencity.platform.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole national catalogue (issue 12) as migration 4 of the procedure module loads it: every procedure of the
 * portal crawl and of the Ministry of Defence's files, each with its level, field, managing body and where to go; only
 * the procedures loaded with a form are taken online.
 */
@SpringBootTest
class WholeCatalogueTests {

    // Passport issued in Viet Nam by the Immigration Department (central level).
    static final String PASSPORT_CENTRAL = "1.001471";
    // Judicial-record certificate for someone with no known residence: the ministry's records department.
    static final String JUDICIAL_RECORD_CENTRAL = "3.000330";
    // A Ministry of Defence procedure with a receiving address in Hanoi.
    static final String DEFENCE_EXPLOSIVES_TRAINING = "1.013530";
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheWholeCatalogueByLevelAndKeepsTheProceduresItHadBefore() {
        assertThat(count("select count(*) from prc_procedure")).isEqualTo(2849);
        Map<String, Long> byLevel = jdbc
                .sql("select level, count(*) from prc_procedure group by level")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byLevel)
                .containsExactlyInAnyOrderEntriesOf(Map.of("WARD", 673L, "PROVINCE", 1022L, "MINISTRY", 1154L));
        // The 347 of migration 2 keep their form, online level and level (344 at the ward, 3 at the city).
        assertThat(count("select count(*) from prc_procedure where jsonb_array_length(form_fields) > 0"))
                .isEqualTo(347);
        assertThat(
                        count(
                                "select count(*) from prc_procedure where jsonb_array_length(form_fields) > 0 and level = 'WARD'"))
                .isEqualTo(344);
        assertThat(count("select count(*) from prc_procedure where jsonb_array_length(form_fields) = 0"
                        + " and (online_level <> 'INFORMATION_ONLY' or minimum_identity_level <> 0 or common)"))
                .as("the others are information only")
                .isZero();
        assertThat(count("select count(*) from prc_procedure where managing_body = ''"))
                .isZero();
        assertThat(count("select count(*) from prc_procedure where managing_body = 'Bộ Quốc phòng'"))
                .isEqualTo(207);
        assertThat(count("select count(*) from prc_field where name_en = ''"))
                .as("every field has an English name")
                .isZero();
    }

    @Test
    void aMinistryProcedureSaysWhereToGoAndIsNotTakenOnline() {
        Procedure passport = catalogue.get(PASSPORT_CENTRAL);
        assertThat(passport.level()).isEqualTo(ProcedureLevel.MINISTRY);
        assertThat(passport.managingBody()).isEqualTo("Bộ Công an");
        assertThat(passport.field().code()).isEqualTo("immigration");
        assertThat(passport.whereToGo()).isEqualTo(new WhereToGo("Cục quản lý xuất nhập cảnh", null, true));
        assertThat(passport.onlineCapable()).isFalse();
        assertThat(passport.formFields()).isEmpty();
        assertThat(passport.unitKind()).isNull();
        assertThat(passport.processingDays()).isEqualTo(5);
        assertThat(passport.feeVnd()).isEqualTo(200_000L);
        assertThat(passport.nameEn()).isEmpty();
        assertThat(passport.name(Locale.ENGLISH)).isEqualTo(passport.nameVi());
        assertThat(passport.nameLanguage(Locale.ENGLISH)).isEqualTo("vi");
        assertThat(passport.sourceUrl()).startsWith("https://dichvucong.gov.vn/");

        Procedure judicialRecord = catalogue.get(JUDICIAL_RECORD_CENTRAL);
        assertThat(judicialRecord.level()).isEqualTo(ProcedureLevel.MINISTRY);
        assertThat(judicialRecord.field().code()).isEqualTo("judicial-record");
        assertThat(judicialRecord.whereToGo().agency()).isEqualTo("Cục hồ sơ nghiệp vụ");
        assertThat(judicialRecord.free()).isTrue();
    }

    @Test
    void theDefenceFilesBringTheirAddressPapersAndFees() {
        Procedure training = catalogue.get(DEFENCE_EXPLOSIVES_TRAINING);
        assertThat(training.managingBody()).isEqualTo("Bộ Quốc phòng");
        assertThat(training.level()).isEqualTo(ProcedureLevel.MINISTRY);
        assertThat(training.field().code()).isEqualTo("industrial-explosives");
        assertThat(training.whereToGo().address()).isEqualTo("Số 28A, Điện Biên Phủ, Ba Đình, Hà Nội");
        assertThat(training.documents()).isNotEmpty().allMatch(d -> d.copies() > 0);
        assertThat(training.sourceUrl()).isNull();
        assertThat(training.feeVnd()).isNull();
        assertThat(training.feeText()).as("no fee stated on any channel").isEmpty();
        assertThat(training.processingTimeText()).startsWith("Trực tiếp: 3 Ngày làm việc");
        assertThat(catalogue.get("1.013614").feeVnd()).as("'Phí : 0 Đồng'").isZero();
    }

    @Test
    void keepsTheAddressesOfHanoiAndNotThoseOfAnotherProvince() {
        assertThat(catalogue.get("1.003677").receivingAddress()).isEqualTo("Công an cấp xã");
        assertThat(catalogue.get("2.001428").receivingAddress())
                .as("the crawl copied Hà Tĩnh's own record")
                .isNull();
    }

    @Test
    void readsEverySpellingOfAFieldAsOneField() {
        assertThat(count("select count(*) from prc_procedure where field_code = 'science-technology'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from prc_procedure where field_code = 'awards'"))
                .isEqualTo(14);
    }

    @Test
    void filtersByTheNewLevelAndFindsAProcedureAtEachLevel() {
        var ministry = catalogue.search(
                new ProcedureSearch(null, null, ProcedureLevel.MINISTRY, null), new PageQuery(0, 100), VI);
        assertThat(ministry.totalItems()).isEqualTo(1154);
        assertThat(ministry.items()).allMatch(p -> p.level() == ProcedureLevel.MINISTRY);
        List<ProcedureSummary> passports = catalogue
                .search(ProcedureSearch.text("cấp hộ chiếu phổ thông"), new PageQuery(0, 5), VI)
                .items();
        assertThat(passports).extracting(ProcedureSummary::code).startsWith("1.001456", PASSPORT_CENTRAL);
        assertThat(passports.get(0).managingBody()).isEqualTo("Bộ Công an");
    }

    @Test
    void theWholeCatalogueIsReadableAtOnce() {
        List<Procedure> all = catalogue.all();
        assertThat(all).hasSize(2849);
        assertThat(all).extracting(Procedure::code).isSorted();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
