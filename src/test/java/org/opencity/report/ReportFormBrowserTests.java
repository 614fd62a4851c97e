package org.opencity.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident reports map-first on a phone, in a real browser (Debian's Chromium, driven by Playwright): their
 * position fills the place and is said back in words, the photo is previewed, a forgotten description is pointed out
 * while the photo stays, and the corrected report goes out with it.
 */
// Real HTTP, so sessions live in PostgreSQL as in production (the test configuration keeps them in memory for MockMvc).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class ReportFormBrowserTests {

    /** In front of Hà Nội's post office, Hoàn Kiếm. */
    static final double LAT = 21.0287;

    static final double LON = 105.8524;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

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

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(390, 844)
                .setGeolocation(LAT, LON)
                .setPermissions(List.of("geolocation")));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aResidentReportsFromWhereTheyStandAndKeepsTheirPhotoThroughACorrection() throws Exception {
        Path photo = Files.createTempFile("ngap", ".png");
        photo.toFile().deleteOnExit();
        Files.write(photo, TestImages.png(120, 90));

        page.navigate(url("/login"));
        page.getByLabel("Số điện thoại hoặc email").fill("resident@demo.opencity.vn");
        page.getByLabel("Mật khẩu").fill("OpenCity@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.locator("h1")).hasText("Xin chào, Nguyễn Văn An");

        page.navigate(url("/reports/new"));
        page.getByLabel("Lĩnh vực").selectOption("DRAINAGE");
        // Only the chosen category's extra questions are shown.
        assertThat(page.getByLabel("Độ sâu nước ngập (cm)")).isVisible();
        assertThat(page.locator("fieldset[data-category=ROADS]")).isHidden();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dùng vị trí của tôi"))
                .click();
        assertThat(page.locator("#place[role=status]"))
                .hasText("Vị trí đã chọn: Phường Hoàn Kiếm (21.028700, 105.852400)");
        assertThat(page.getByLabel("Vĩ độ")).hasValue("21.028700");
        assertThat(page.getByLabel("Kinh độ")).hasValue("105.852400");
        // The pin is on the map, named in the page's language, and can be dragged.
        assertThat(page.locator("img.leaflet-marker-icon.leaflet-marker-draggable"))
                .hasAttribute("alt", "Vị trí đã chọn");
        page.locator("#map").scrollIntoViewIfNeeded();
        com.microsoft.playwright.options.BoundingBox pin =
                page.locator("img.leaflet-marker-icon").boundingBox();
        page.mouse().move(pin.x + pin.width / 2, pin.y + pin.height - 4);
        page.mouse().down();
        page.mouse()
                .move(
                        pin.x + pin.width / 2 + 60,
                        pin.y + pin.height + 40,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        assertThat(page.getByLabel("Vĩ độ")).not().hasValue("21.028700");
        assertThat(page.getByLabel("Vĩ độ")).hasValue(java.util.regex.Pattern.compile("^21\\.\\d{6}$"));
        assertThat(page.locator("#place"))
                .hasText(java.util.regex.Pattern.compile("^Vị trí đã chọn: .+ \\(21\\.\\d{6}, 105\\.\\d{6}\\)$"));
        assertThat(page.locator("#place")).not().hasText(java.util.regex.Pattern.compile("21\\.028700"));
        // Back to where the resident stands.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dùng vị trí của tôi"))
                .click();
        assertThat(page.locator("#place")).hasText("Vị trí đã chọn: Phường Hoàn Kiếm (21.028700, 105.852400)");

        page.getByLabel("Ảnh (tối đa 5 ảnh, mỗi ảnh tối đa 10 MB)").setInputFiles(photo);
        // The preview (file-preview.js) shows the picture from a blob: address; whether it draws depends on the page's
        // Content-Security-Policy allowing blob: images, which is the security configuration's business.
        assertThat(page.locator("#photos-previews img")).hasCount(1);
        assertThat(page.locator("#photos-previews img"))
                .hasAttribute("alt", java.util.regex.Pattern.compile("^Ảnh đã chọn:\\s+ngap\\d+\\.png$"));
        assertThat(page.locator("#photos-previews"))
                .containsText(photo.getFileName().toString());

        // While the photos go up, the send button is disabled and progress is shown (file-preview.js).
        assertThat(page.locator("form[data-upload-progress]"))
                .hasAttribute("data-upload-progress", "Đang tải lên, vui lòng chờ…");

        // Sent without a description: the summary points to it, and the photo is kept on the server.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản ánh"))
                .click();
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator(".error-summary")).isFocused();
        page.locator(".error-summary").getByText("Nhập mô tả vấn đề").click();
        assertThat(page.getByLabel("Mô tả vấn đề")).isFocused();
        assertThat(page.locator(".kept-photos img")).hasCount(1);
        assertThat(page.locator(".kept-photos"))
                .containsText(photo.getFileName().toString());
        assertThat(page.locator(".kept-photos img").evaluate("img => img.complete && img.naturalWidth"))
                .isNotEqualTo(0);
        assertThat(page.locator("#place")).hasText("Vị trí đã chọn: Phường Hoàn Kiếm (21.028700, 105.852400)");
        assertThat(page.getByLabel("Lĩnh vực")).hasValue("DRAINAGE");

        page.getByLabel("Mô tả vấn đề").fill("Nước ngập quá bánh xe máy trước bưu điện");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản ánh"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã gửi phản ánh PA-");
        assertThat(page.locator("h1")).hasText("Thoát nước, ngập úng · Phường Hoàn Kiếm");
        assertThat(page.locator("ul.photos img")).hasCount(1);
        assertThat(page.locator(".summary-list")).containsText("Phường Hoàn Kiếm (21.028700, 105.852400)");
    }
}
