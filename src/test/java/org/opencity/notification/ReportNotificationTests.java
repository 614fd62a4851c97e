package org.opencity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Registration;
import org.opencity.platform.PageQuery;
import org.opencity.report.NewReport;
import org.opencity.report.ReportDesk;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reporter and the residents who joined hear of every public step of a report, in their own language,
 * once per step.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportNotificationTests {

    @Autowired
    ReportManagement reports;

    @Autowired
    ReportDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Inbox inbox;

    @Autowired
    DemoPeople people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private AccountId resident(String locale) {
        String email = "notify-" + System.nanoTime() + "@example.vn";
        return accounts.register(new Registration("Người Nhận", null, email, "một mật khẩu dài", "00070", locale))
                .id();
    }

    @Test
    void theReporterAndFollowersAreToldOfEachStep() {
        AccountId reporter = resident("vi");
        AccountId follower = resident("en");
        String number = reports.submit(
                        new NewReport(
                                "ROADS",
                                "Ổ gà",
                                21.0287,
                                105.8524,
                                null,
                                false,
                                ReportSource.WEB,
                                reporter,
                                null,
                                null,
                                List.of()),
                        Locale.ROOT)
                .number();
        reports.join(number, follower, Locale.ROOT);
        desk.answer(people.actor(DemoPeople.HOAN_KIEM_OFFICER), number, "Đã vá xong", List.of(), true);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var mine = inbox.messages(reporter, PageQuery.of(0, 10)).items();
            assertThat(mine)
                    .extracting(InboxMessage::title)
                    .contains("Phản ánh " + number + ": Tiếp nhận", "Phản ánh " + number + ": Đã xử lý xong");
            assertThat(mine).anySatisfy(m -> assertThat(m.body()).isEqualTo("Đã vá xong"));
        });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                inbox.messages(follower, PageQuery.of(0, 10)).items())
                        .extracting(InboxMessage::title)
                        .contains("Report " + number + ": Resolved"));
        assertThat(inbox.unread(reporter)).isEqualTo(2);
        inbox.markAllRead(reporter);
        assertThat(inbox.unread(reporter)).isZero();
    }

    @Test
    void twoAnswersInTheSameWordsAreTwoMessagesKeyedByTheirTimelineEntries() {
        AccountId reporter = resident("vi");
        String number = reports.submit(
                        new NewReport(
                                "ROADS",
                                "Ổ gà",
                                21.0287,
                                105.8524,
                                null,
                                false,
                                ReportSource.WEB,
                                reporter,
                                null,
                                null,
                                List.of()),
                        Locale.ROOT)
                .number();
        desk.answer(people.actor(DemoPeople.HOAN_KIEM_OFFICER), number, "Đã tiếp nhận, sẽ xử lý", List.of(), false);
        desk.answer(people.actor(DemoPeople.HOAN_KIEM_OFFICER), number, "Đã tiếp nhận, sẽ xử lý", List.of(), false);

        List<String> expected =
                jdbc.sql("""
                select 'report:' || r.number || ':ANSWERED:step-' || e.id from rpt_event e
                join rpt_report r on r.id = e.report_id where r.number = :n and e.kind = 'ANSWERED' order by e.id""").param("n", number).query(String.class).list();
        assertThat(expected).hasSize(2);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                select source_event from ntf_inbox where account_id = :a and source_event like :s""")
                                .param("a", reporter.value())
                                .param("s", "report:" + number + ":ANSWERED:%")
                                .query(String.class)
                                .list())
                        .containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void anOfficerHearsOfAReportGivenToThem() {
        String number = reports.submit(
                        new NewReport(
                                "LIGHTING",
                                "Đèn tắt",
                                21.0287,
                                105.8524,
                                null,
                                false,
                                ReportSource.WEB,
                                resident("vi"),
                                null,
                                null,
                                List.of()),
                        Locale.ROOT)
                .number();
        AccountId officer = people.id(DemoPeople.HOAN_KIEM_OFFICER);
        desk.assign(people.actor(DemoPeople.HOAN_KIEM_OFFICER), number, officer);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                inbox.messages(officer, PageQuery.of(0, 50)).items())
                        .anySatisfy(m -> {
                            assertThat(m.title()).isEqualTo("Bạn được giao xử lý phản ánh " + number);
                            assertThat(m.link()).isEqualTo("/officer/reports/" + number);
                        }));
        long step = jdbc.sql("""
                select e.id from rpt_event e join rpt_report r on r.id = e.report_id
                where r.number = :n and e.kind = 'ASSIGNED'""").param("n", number).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from ntf_inbox where account_id = :a and source_event = :s")
                        .param("a", officer.value())
                        .param("s", "report:" + number + ":ASSIGNED-TO:step-" + step)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theInboxIsAvailableToTheMobileApp() throws Exception {
        mvc.perform(get("/api/v1/me/notifications").with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page", is(0)));
        mvc.perform(get("/api/v1/me/notifications")).andExpect(status().isUnauthorized());
    }
}
