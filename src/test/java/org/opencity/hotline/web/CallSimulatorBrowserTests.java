package org.opencity.hotline.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencity.dossier.TestDossiers;
import org.opencity.identity.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator in Debian's Chromium uses the call simulator on a desktop and on a phone: asks a question by "voice"
 * (typed), then, in a new call, checks a dossier's status on the keypad. The page has no critical or serious axe
 * finding and never scrolls sideways. Same configuration as BrowserTests, so they share one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class CallSimulatorBrowserTests {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestDossiers dossiers;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = org.opencity.web.HeadlessChromium.launch(playwright);
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

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900", "390, 844"})
    void anOperatorAsksAQuestionThenChecksADossierOnTheKeypad(int width, int height) {
        Account resident = dossiers.verifiedResident();
        String code = dossiers.submitted(resident).replaceAll("[^0-9]", "");
        String digits = resident.phone().substring(resident.phone().length() - 4);
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(width, height))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            signIn(page);
            if (width < 600) {
                // On a phone the menu is folded behind its button ("Menu", in Vietnamese "Danh mục").
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Danh mục"))
                        .click();
            }
            page.locator(".main-nav")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mô phỏng tổng đài"))
                    .click();
            assertThat(page.locator("h1")).hasText("Mô phỏng cuộc gọi tổng đài");
            Locator lines = page.locator("ol.transcript > li");

            // A question, said (typed) to the greeting's menu.
            page.getByLabel("Số máy người gọi").fill("+84900000001");
            button(page, "Bắt đầu cuộc gọi").click();
            assertThat(lines.first()).containsText("Xin chào");
            assertThat(page.locator("ol.transcript audio[controls]").first()).isAttached();
            page.getByLabel("Điều bạn nói", new Page.GetByLabelOptions().setExact(true))
                    .fill("lam lai can cuoc mat bao lau");
            button(page, "Nói").click();
            assertThat(page.locator("ol.transcript > li[data-kind=said]")).containsText("lam lai can cuoc mat bao lau");
            assertThat(lines.last()).containsText("phím 1 để nghe lại");
            audit(page, width + "x" + height + "-question");

            // A new call: the status of a dossier, by its code and the last four digits of the phone number.
            button(page, "Gác máy và gọi cuộc mới").click();
            assertThat(page.locator("ol.transcript > li[data-kind=said]")).hasCount(0);
            assertThat(lines.first()).containsText("Xin chào");
            button(page, "Phím 2").click();
            assertThat(lines.last()).containsText("mã hồ sơ");
            page.getByLabel("Hoặc bấm một dãy phím").fill(code + "#");
            button(page, "Bấm các phím này").click();
            assertThat(lines.last()).containsText("bốn số cuối");
            page.getByLabel("Hoặc bấm một dãy phím").fill(digits);
            button(page, "Bấm các phím này").click();
            assertThat(page.locator("ol.transcript")).containsText("khai sinh");
            audit(page, width + "x" + height + "-status");

            button(page, "Gác máy").click();
            assertThat(lines.last()).hasText("Bạn đã gác máy.");
        }
    }

    private void signIn(Page page) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Số điện thoại hoặc email").fill("operator@demo.opencity.vn");
        page.getByLabel("Mật khẩu").fill("OpenCity@2026");
        button(page, "Đăng nhập").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static Locator button(Page page, String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
    /** No critical or serious WCAG 2.1 A/AA finding by axe, no sideways scrolling, a screenshot for a person. */
    private static void audit(Page page, String name) {
        org.opencity.web.SeriousAxeFindings.assertNone(page, "hotline-simulator", name);
    }
}
