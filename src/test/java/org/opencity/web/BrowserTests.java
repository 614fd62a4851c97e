package org.opencity.web;

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
 * A person in a real browser (Debian's Chromium, driven by Playwright): home page in Vietnamese, switch to
 * English, find a ward, sign in, see their account, sign out.
 */
// Real HTTP, so sessions live in PostgreSQL as in production (the test configuration keeps them in memory for MockMvc).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class BrowserTests {

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
        context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(390, 844));
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
    void aResidentSwitchesLanguageAndSignsIn() {
        page.navigate(url("/"));
        assertThat(page).hasTitle("OpenCity Hà Nội — Dịch vụ công của thành phố");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("h1")).hasText("Dịch vụ công của thành phố, ở một nơi");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("h1")).hasText("The city's public services, in one place");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        // On a phone the menu is folded behind its button.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))
                .click();
        page.locator(".main-nav")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Sign in")
                                .setExact(true))
                .click();
        page.getByLabel("Phone number or email").fill("0912 345 678");
        page.getByLabel("Password").fill("OpenCity@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page.locator("h1")).hasText("Hello, Nguyễn Văn An");
        assertThat(page.getByText("Level 1 — self-declared")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByText("You have signed out.")).isVisible();
    }

    @Test
    void aVisitorFindsTheirWardByItsFormerName() {
        page.navigate(url("/wards"));
        page.getByLabel("Tên phường, xã, quận, huyện").fill("dich vong hau");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Tìm").setExact(true))
                .click();
        assertThat(page.locator(".results li").first()).containsText("Phường Cầu Giấy");
        assertThat(page.locator(".results li").first()).containsText("Phường Dịch Vọng Hậu");
    }

    @Test
    void aResidentReportsAProblemWithAPhotoAndFollowsIt() throws Exception {
        Path photo = Files.createTempFile("o-ga", ".png");
        photo.toFile().deleteOnExit();
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(120, 90, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", photo.toFile());

        page.navigate(url("/login"));
        page.getByLabel("Số điện thoại hoặc email").fill("resident@demo.opencity.vn");
        page.getByLabel("Mật khẩu").fill("OpenCity@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.locator("h1")).hasText("Xin chào, Nguyễn Văn An");

        page.navigate(url("/reports/new"));
        page.getByLabel("Lĩnh vực").selectOption("DRAINAGE");
        page.getByLabel("Vĩ độ").fill("21.0287");
        page.getByLabel("Kinh độ").fill("105.8524");
        page.getByLabel("Mô tả vấn đề").fill("Ngập sâu sau cơn mưa chiều nay <b>đoạn</b> trước bưu điện");
        page.getByLabel("Ảnh (tối đa 5 ảnh, mỗi ảnh tối đa 10 MB)").setInputFiles(photo);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản ánh"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã gửi phản ánh PA-");
        assertThat(page.locator("h1")).hasText("Thoát nước, ngập úng · Phường Hoàn Kiếm");
        assertThat(page.locator(".description")).hasText("Ngập sâu sau cơn mưa chiều nay <b>đoạn</b> trước bưu điện");
        assertThat(page.locator("ul.photos img")).hasCount(1);
        assertThat(page.getByText("UBND Phường Hoàn Kiếm").first()).isVisible();
        // The map's marker is named after the report, in the page's language (Leaflet alone says "Marker").
        assertThat(page.locator("img.leaflet-marker-icon"))
                .hasAttribute("alt", java.util.regex.Pattern.compile("Phản ánh PA-\\d{4}-\\d{6}"));
    }

    @Test
    void aVerifiedResidentAppliesForABirthRegistrationOnline() throws Exception {
        Path paper = Files.createTempFile("giay-chung-sinh", ".pdf");
        Path secondPage = Files.createTempFile("giay-chung-sinh-trang-2", ".pdf");
        for (Path file : List.of(paper, secondPage)) {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                pdf.save(file.toFile());
            }
        }
        page.navigate(url("/login"));
        page.getByLabel("Số điện thoại hoặc email").fill("verified@demo.opencity.vn");
        page.getByLabel("Mật khẩu").fill("OpenCity@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();

        page.navigate(url("/procedures/1.001193"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến"))
                .click();
        // Step 1, the form: a field forgotten is said at the top and beside it, and what was typed stays.
        assertThat(page.locator(".steps [aria-current=step]")).containsText("Điền tờ khai");
        page.getByLabel("Họ, chữ đệm và tên của trẻ").fill("Ngô Minh Khang");
        page.getByLabel("Ngày sinh của trẻ").fill("2026-11-01");
        page.getByLabel("Giới tính của trẻ").selectOption("Nam");
        page.getByLabel("Họ và tên mẹ").fill("Ngô Thị Lan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tiếp tục"))
                .click();
        assertThat(page.locator(".error-summary")).containsText("Hãy điền “Nơi sinh”.");
        assertThat(page.getByLabel("Họ, chữ đệm và tên của trẻ")).hasValue("Ngô Minh Khang");
        page.getByLabel("Nơi sinh").fill("Bệnh viện Phụ sản Hà Nội");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tiếp tục"))
                .click();

        // Step 2, the papers: every required one at once, the first with two files.
        assertThat(page.locator(".steps [aria-current=step]")).containsText("Giấy tờ kèm theo");
        com.microsoft.playwright.Locator required = page.locator("li.paper")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHas(page.getByText("Bắt buộc", new Page.GetByTextOptions().setExact(true))));
        assertThat(required.first()).isVisible();
        for (int i = 0; i < required.count(); i++) {
            required.nth(i)
                    .locator("input[type=file]")
                    .setInputFiles(i == 0 ? new Path[] {paper, secondPage} : new Path[] {paper});
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên (nếu có) và tiếp tục"))
                .click();

        // Step 3, the fee: this procedure is free.
        assertThat(page.locator(".steps [aria-current=step]")).containsText("Lệ phí");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã đính kèm");
        assertThat(page.locator("main")).containsText("Thủ tục này miễn phí");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Tiếp tục").setExact(true))
                .click();

        // Step 4, check and send.
        assertThat(page.locator(".steps [aria-current=step]")).containsText("Kiểm tra và gửi");
        assertThat(page.locator(".summary-list").first()).containsText("Ngô Minh Khang");
        assertThat(page.locator("main")).containsText("giay-chung-sinh-trang-2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã gửi hồ sơ HS-");
        assertThat(page.locator("h1")).hasText("Thủ tục đăng ký khai sinh");
        assertThat(page.locator("main")).containsText("Đã nộp, chờ tiếp nhận");
    }

    @Test
    void theWrongPasswordIsExplained() {
        page.navigate(url("/login"));
        page.getByLabel("Số điện thoại hoặc email").fill("resident@demo.opencity.vn");
        page.getByLabel("Mật khẩu").fill("sai mật khẩu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Số điện thoại, email hoặc mật khẩu không đúng.");
    }
}
