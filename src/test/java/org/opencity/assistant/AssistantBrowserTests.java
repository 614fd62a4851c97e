package org.opencity.assistant;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A resident in Debian's Chromium asks without diacritics, follows up, and asks for a person, on a desktop and on a
 * phone, with JavaScript (htmx appends each answer and moves focus to it) and without (each question is a page).
 * The chat page has no critical or serious axe finding and never scrolls sideways.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
@Import(FixedKnowledge.class)
class AssistantBrowserTests {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

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

    @ParameterizedTest(name = "{0}×{1}, JavaScript {2}")
    @CsvSource({"1366, 900, true", "390, 844, true", "390, 844, false"})
    void aResidentAsksWithoutDiacriticsFollowsUpAndAsksForAPerson(int width, int height, boolean javaScript) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(width, height)
                .setJavaScriptEnabled(javaScript))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/assistant");
            assertThat(page.locator("h1")).hasText("Hỏi trợ lý ảo");

            ask(page, "lam lai can cuoc mat bao lau");
            Locator turns = page.locator("#turns > li.turn");
            assertThat(turns).hasCount(1);
            assertThat(turns.nth(0).locator(".turn__answer")).containsText("Thời hạn giải quyết");
            assertThat(turns.nth(0).locator(".sources a").first()).containsText("Cấp lại thẻ căn cước");
            if (javaScript) {
                assertThat(page.locator("#question")).hasValue("");
                assertThat(turns.nth(0).locator(".turn__answer > h3")).isFocused();
                assertThat(page.locator("#ask-status")).hasText("Trợ lý đã trả lời câu hỏi 1.");
                assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/assistant\\?c=[0-9a-f-]{36}$"));
            }

            ask(page, "con le phi thi sao");
            assertThat(turns).hasCount(2);
            assertThat(turns.nth(1).locator(".turn__answer")).containsText("Lệ phí");
            assertThat(turns.nth(1).locator(".sources a")).hasText("Cấp lại thẻ căn cước");
            if (javaScript) {
                assertThat(turns.nth(1).locator(".turn__answer > h3")).isFocused();
            }
            audit(page, width + "x" + height + (javaScript ? "" : "-no-js"), javaScript);

            turns.nth(1)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gặp cán bộ"))
                    .click();
            assertThat(page.locator("h1")).hasText("Gặp cán bộ");
            page.getByLabel("Số điện thoại hoặc email để cán bộ liên hệ lại (không bắt buộc)")
                    .fill("0912 000 333");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi yêu cầu gặp cán bộ"))
                    .click();
            assertThat(page.locator(".banner--success")).containsText("Đã chuyển yêu cầu gặp cán bộ");
            assertThat(page.locator("#turns > li.turn")).hasCount(2);
        }
    }

    /**
     * A long conversation opened by someone without a session yet (a link shared, another device): the page's forms
     * need a session for their token, made before the first part of the page is sent.
     */
    @org.junit.jupiter.api.Test
    void aLongConversationOpensForANewVisitorOverRealHttp() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String conversation = null;
        for (int i = 0; i < 5; i++) {
            String body = "{\"question\": \"lam lai can cuoc mat bao lau\""
                    + (conversation == null ? "" : ", \"conversationId\": \"" + conversation + "\"") + "}";
            java.net.http.HttpResponse<String> answer = http.send(
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + port + "/api/v1/assistant/ask"))
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(200);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"conversationId\":\"([0-9a-f-]{36})\"")
                    .matcher(answer.body());
            org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
            conversation = id.group(1);
        }
        java.net.http.HttpResponse<String> page = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/assistant?c=" + conversation))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(page.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(page.body().length()).isGreaterThan(16_000);
        org.assertj.core.api.Assertions.assertThat(page.body())
                .contains("Câu hỏi 5")
                .contains("name=\"_csrf\"")
                .endsWith("</html>\n");
    }

    private static void ask(Page page, String question) {
        page.getByLabel("Câu hỏi của bạn").fill(question);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi câu hỏi"))
                .click();
    }

    private static void audit(Page page, String name, boolean axe) {
        if (axe) {
            org.opencity.web.SeriousAxeFindings.assertNone(page, "assistant", name);
        } else {
            // axe-core runs in the page: without JavaScript there is nothing to run it with.
            org.opencity.web.SeriousAxeFindings.screenshotAndWidth(page, "assistant", name);
        }
    }
}
