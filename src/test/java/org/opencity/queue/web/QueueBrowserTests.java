package org.opencity.queue.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencity.queue.QueueFixtures;
import org.opencity.web.HeadlessChromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's Chromium: a resident takes a number at Hoàn Kiếm's kiosk while the hall's display board is open in a
 * second page, which shows the new number without a reload; the centre's clerk signs in, opens counter 1 and calls the
 * number, and the board shows it as now calling at "Quầy 1". The kiosk, ticket, board and counter pages have no
 * critical or serious axe finding. Same configuration as BrowserTests, so they share one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class QueueBrowserTests {

    private static final String POINT = "TTPVHCC-00070";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    QueueFixtures fixtures;

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

    @AfterEach
    void realTime() {
        fixtures.reset();
    }

    @Test
    void aTicketTakenAtTheKioskAppearsOnTheBoardAndIsCalledThere() {
        fixtures.openMorning();
        fixtures.empty(POINT);
        try (BrowserContext hall = newContext();
                BrowserContext resident = newContext();
                BrowserContext clerk = newContext()) {
            Page board = hall.newPage();
            board.navigate(url("/service-points/" + POINT + "/board"));
            assertThat(board.locator("[data-now]")).containsText("Chưa gọi số nào");
            audit(board, "board");

            Page kiosk = resident.newPage();
            kiosk.navigate(url("/service-points/" + POINT + "/kiosk"));
            audit(kiosk, "kiosk");
            kiosk.getByLabel("Hộ tịch, chứng thực, cư trú").check();
            kiosk.getByLabel("Người cao tuổi").check();
            kiosk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lấy số"))
                    .click();
            assertThat(kiosk.locator(".ticket-number")).hasText("A-001");
            assertThat(kiosk.locator("[data-field=status]")).hasText("Đang chờ");
            audit(kiosk, "ticket");

            // The board was not reloaded: its stream brought the number.
            assertThat(board.locator("[data-lines]")).containsText("A-001");

            Page desk = clerk.newPage();
            desk.navigate(url("/login"));
            desk.getByLabel("Số điện thoại hoặc email").fill("clerk.hoankiem@demo.opencity.vn");
            desk.getByLabel("Mật khẩu").fill("OpenCity@2026");
            button(desk, "Đăng nhập").click();
            desk.waitForURL(u -> !u.contains("/login"));
            desk.navigate(url("/officer/queue/" + POINT));
            desk.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Quầy 1").setExact(true))
                    .click();
            button(desk, "Mở quầy").click();
            button(desk, "Gọi số tiếp theo").click();
            assertThat(desk.locator("main .ticket-number")).hasText("A-001");
            assertThat(desk.locator("main")).containsText("Người cao tuổi");
            audit(desk, "counter");

            assertThat(board.locator("[data-now]")).containsText("A-001");
            assertThat(board.locator("[data-now]")).containsText("Quầy 1");
            // The resident's page follows too.
            assertThat(kiosk.locator("[data-field=counter]")).hasText("Quầy 1");
        }
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

    private static Locator button(Page page, String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void audit(Page page, String name) {
        org.opencity.web.SeriousAxeFindings.assertNone(page, "queue", name);
    }
}
