package org.opencity.engagement.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencity.engagement.Poll;
import org.opencity.engagement.Polls;
import org.opencity.engagement.Results;
import org.opencity.web.HeadlessChromium;
import org.opencity.web.SeriousAxeFindings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Debian's Chromium: a verified resident signs in, votes on the seven criteria of "Thành phố đáng sống nhất 2026",
 * sees the receipt, and the results page open in another browser (not reloaded) shows the new count through the
 * results stream; the receipt then checks as counted. The poll, receipt and results pages have no critical or serious
 * axe finding. Same configuration as BrowserTests, so they share one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class VoteBrowserTests {

    private static final String PASSWORD = "Bình-chọn-2026";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Polls polls;

    @Autowired
    Results results;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aVerifiedResidentVotesOnTheSevenCriteriaAndTheLiveResultsFollow() {
        Poll poll = polls.list().stream()
                .filter(p -> p.titleVi().equals("Thành phố đáng sống nhất 2026"))
                .findFirst()
                .orElseThrow();
        String login = verifiedResident();
        long before = results.of(poll.id(), null).criteria().get(0).votes();
        try (BrowserContext watcher = newContext();
                BrowserContext resident = newContext()) {
            Page board = watcher.newPage();
            board.navigate(url("/polls/" + poll.id() + "/results"));
            Locator governanceVotes = board.locator("section[data-criterion=governance] [data-field=total]");
            assertThat(governanceVotes).hasText(String.valueOf(before));
            SeriousAxeFindings.assertNone(board, "engagement", "results");

            Page page = resident.newPage();
            page.navigate(url("/login"));
            page.getByLabel("Số điện thoại hoặc email").fill(login);
            page.getByLabel("Mật khẩu").fill(PASSWORD);
            page.locator("main")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate(url("/polls/" + poll.id()));
            SeriousAxeFindings.assertNone(page, "engagement", "poll");
            String[] choices = {"48", "01", "46", "79", "31", "01", "48"};
            for (int i = 0; i < poll.criteria().size(); i++) {
                page.getByLabel("Lựa chọn của bạn cho “"
                                + poll.criteria().get(i).nameVi() + "”")
                        .selectOption(choices[i]);
            }
            page.locator("main")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gửi phiếu bình chọn"))
                    .click();
            Locator receipt = page.locator("[data-receipt]");
            assertThat(receipt).hasText(Pattern.compile("BV(-[0-9A-Z]{5}){4}"));
            assertThat(page.locator("main")).containsText("Kinh tế số");
            SeriousAxeFindings.assertNone(page, "engagement", "voted");
            String code = receipt.textContent().strip();

            // The watcher's page was not reloaded: the stream brought the new count.
            assertThat(governanceVotes).hasText(String.valueOf(before + 1));

            page.navigate(url("/polls/" + poll.id() + "/check"));
            page.getByLabel("Mã biên nhận").fill(code.toLowerCase());
            page.locator("main")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kiểm tra"))
                    .click();
            assertThat(page.locator("main")).containsText("Phiếu có trong kết quả");
        }
        assertThat(results.tally(poll.id())).isEqualTo(results.recount(poll.id()));
    }

    /** A resident with a checked citizen ID and a password, made straight in the database. */
    private String verifiedResident() {
        UUID id = UUID.randomUUID();
        String email = "cu-tri-" + id + "@example.vn";
        jdbc.sql("""
                insert into idn_account (id, email, display_name, password_hash, home_ward_code, identity_level,
                    citizen_id_hash, created_at)
                values (:id, :email, 'Cử Tri Thử', :hash, '00070', 2, :citizen, now() - interval '90 days')""")
                .param("id", id)
                .param("email", email)
                .param("hash", "{noop}" + PASSWORD)
                .param("citizen", "browser-" + id)
                .update();
        return email;
    }

    private BrowserContext newContext() {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        return context;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
