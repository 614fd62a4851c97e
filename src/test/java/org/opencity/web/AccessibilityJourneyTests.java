package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencity.dossier.TestDossiers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journeys of a visitor, residents, officers and an administrator, in Debian's Chromium at a desktop and a
 * phone size, in Vietnamese. Every page on the way is checked by {@link PageAudit}: axe-core finds no critical or
 * serious WCAG 2.1 A/AA violation, the page does not scroll sideways, and a full-page screenshot is written to
 * target/screenshots/&lt;journey&gt;/&lt;viewport&gt;/ for a person to look at. A journey walks to its end and then fails
 * once, listing every problem it met.
 */
// Real HTTP, as BrowserTests (same configuration, so both share one application context).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class AccessibilityJourneyTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PASSWORD = "OpenCity@2026";

    /** A desktop and a phone window. */
    enum Viewport {
        DESKTOP("desktop", 1366, 900),
        PHONE("phone", 390, 844);

        final String folder;
        final int width;
        final int height;

        Viewport(String folder, int width, int height) {
            this.folder = folder;
            this.width = width;
            this.height = height;
        }

        @Override
        public String toString() {
            return folder + " " + width + "×" + height;
        }
    }

    static Playwright playwright;
    static Browser browser;
    /** A plain map tile: the map is drawn the same way every run, and the browser never leaves this machine. */
    static byte[] blankTile;

    @LocalServerPort
    int port;

    @Autowired
    TestDossiers testDossiers;

    @Autowired
    org.opencity.hotline.TestCalls testCalls;

    @Autowired
    org.opencity.appointment.TestBookings testBookings;

    @Autowired
    org.opencity.insight.InsightFixtures insightFixtures;

    @Autowired
    org.opencity.dossier.DossierFigures dossierFigures;

    @Autowired
    org.opencity.report.ReportFigures reportFigures;

    @BeforeAll
    static void launch() throws IOException {
        BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(new Color(0xf2efe9)); // the usual land colour of a street map
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tile, "png", png);
        blankTile = png.toByteArray();
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

    /** The demo's closed survey of the Hoàn Kiếm centre, run by that ward's officers (EngagementDemoData). */
    private static final java.util.UUID DEMO_SURVEY =
            java.util.UUID.nameUUIDFromBytes("opencity-demo-survey-hoan-kiem-centre".getBytes());

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aVisitorReadsThePublicPages(Viewport viewport) {
        walk("visitor", viewport, j -> {
            j.open("/", "home");
            j.open("/assistant", "assistant");
            j.open("/hotline", "hotline");
            j.open("/reports", "reports-feed");
            j.follow(j.page.locator("ul.report-list a[href^='/reports/']").first(), "report");
            j.open("/procedures", "procedures");
            j.page.locator("form[role=search] #q").fill("khai sinh");
            j.page.locator("form[role=search] #q").press("Enter");
            j.page.waitForURL(Pattern.compile(".*/procedures\\?.*q=.*"));
            j.audit("procedures-search");
            j.open("/procedures/1.001193", "procedure");
            j.open("/wards", "wards");
            j.page.locator("form[role=search] #q").fill("hoàn kiếm");
            j.page.locator("form[role=search] #q").press("Enter");
            j.page.waitForURL(Pattern.compile(".*/wards\\?.*q=.*"));
            j.follow(j.page.locator("ul.results a").first(), "ward");
            j.open("/login", "login");
            j.open("/signup", "signup");
            j.open("/dossiers/status", "dossier-status");
            j.open("/polls", "polls");
            j.open("/polls/" + DEMO_SURVEY + "/results", "survey-results");
            j.open("/polls/" + DEMO_SURVEY + "/check", "receipt-check");
            j.open("/data", "open-data");
            j.open("/data/phuong-xa-ha-noi", "open-dataset");
            j.open("/khong-co-trang-nay", "not-found", 404);
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aResidentReportsAProblem(Viewport viewport) {
        walk("resident", viewport, j -> {
            j.signIn("resident@demo.opencity.vn");
            j.open("/profile", "profile");
            j.open("/reports/new", "report-form");

            // Sent empty past the browser's own checks (as a browser without them would), the server explains.
            j.page.locator("main form[enctype='multipart/form-data']").evaluate("form => form.noValidate = true");
            j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản ánh"))
                    .click();
            j.page.waitForURL(j.url("/reports"));
            if (!j.page.locator("main .error-summary").first().isVisible()) {
                j.audit.problem(j.page, "journey:no-error-message", "an empty report showed no problem message");
            }
            j.audit("report-form-empty");

            j.open("/reports/new", "report-form-again", 200, false);
            j.page.getByLabel("Lĩnh vực").selectOption("DRAINAGE");
            j.page.getByLabel("Vĩ độ").fill("21.0287");
            j.page.getByLabel("Kinh độ").fill("105.8524");
            j.page.getByLabel("Mô tả vấn đề").fill("Ống thoát nước trước số 12 bị tắc, nước tràn ra vỉa hè sau mưa.");
            j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản ánh"))
                    .click();
            j.page.getByRole(AriaRole.STATUS)
                    .filter(new Locator.FilterOptions().setHasText("Đã gửi phản ánh PA-"))
                    .waitFor();
            j.audit("report-sent");

            j.open("/reports/mine", "my-reports");
            j.open("/inbox", "inbox");
            j.open("/inbox/settings", "inbox-settings");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aVerifiedResidentAppliesForABirthRegistration(Viewport viewport) throws IOException {
        Path paper = Files.createTempFile("giay-chung-sinh", ".pdf");
        Files.write(paper, TestDossiers.pdf());
        try {
            walk("verified-resident", viewport, j -> {
                j.signIn("verified@demo.opencity.vn");
                j.open("/dossiers", "my-dossiers");
                j.open("/procedures/1.001193", "procedure", 200, false);
                j.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến"))
                        .click();
                j.page.getByLabel("Họ, chữ đệm và tên của trẻ").waitFor();
                j.audit("dossier-form");

                // Step 1 sent with a field missing: the error summary is a page of its own to check.
                j.page.getByLabel("Họ, chữ đệm và tên của trẻ").fill("Ngô Minh Khang");
                j.page.getByLabel("Ngày sinh của trẻ").fill("2026-11-01");
                j.page.getByLabel("Giới tính của trẻ").selectOption("Nam");
                j.page.getByLabel("Họ và tên mẹ").fill("Ngô Thị Lan");
                j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tiếp tục"))
                        .click();
                j.page.locator(".error-summary").waitFor();
                j.audit("dossier-form-error");
                j.page.getByLabel("Nơi sinh").fill("Bệnh viện Phụ sản Hà Nội");
                j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tiếp tục"))
                        .click();

                // Step 2, the papers: every required one at once.
                Locator required = j.page.locator("li.paper")
                        .filter(new Locator.FilterOptions()
                                .setHas(j.page.getByText("Bắt buộc", new Page.GetByTextOptions().setExact(true))));
                required.first().waitFor();
                j.audit("dossier-documents");
                for (int i = 0; i < required.count(); i++) {
                    required.nth(i).locator("input[type=file]").setInputFiles(paper);
                }
                j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên (nếu có) và tiếp tục"))
                        .click();

                // Step 3, the fee; step 4, check and send.
                j.page.locator(".steps [aria-current=step]")
                        .filter(new Locator.FilterOptions().setHasText("Lệ phí"))
                        .waitFor();
                j.audit("dossier-fee");
                j.page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName("Tiếp tục").setExact(true))
                        .click();
                j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ"))
                        .waitFor();
                j.audit("dossier-check");
                j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi hồ sơ"))
                        .click();
                j.page.getByRole(AriaRole.STATUS)
                        .filter(new Locator.FilterOptions().setHasText("Đã gửi hồ sơ HS-"))
                        .first()
                        .waitFor();
                j.audit("dossier-sent");
            });
        } finally {
            Files.deleteIfExists(paper);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aWardOfficerWorksTheDesk(Viewport viewport) {
        walk("ward-officer", viewport, j -> {
            j.signIn("officer.hoankiem@demo.opencity.vn");
            j.open("/officer", "officer-home");
            j.open("/officer/reports", "report-desk");
            j.follow(j.page.locator("main table a[href^='/officer/reports/']").first(), "desk-report");
            j.open("/officer/identity", "identity-checks");
            j.open("/officer/polls", "polls-desk");
            j.open("/officer/polls/new", "poll-form");
            j.open("/officer/polls/" + DEMO_SURVEY, "survey-desk");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aCentreClerkOpensADossier(Viewport viewport) {
        // The test data makes no demo dossiers: one sent to the Hoàn Kiếm desk, so the queue has one to open.
        testDossiers.submitted(testDossiers.verifiedResident());
        walk("centre-clerk", viewport, j -> {
            j.signIn("clerk.hoankiem@demo.opencity.vn");
            j.open("/officer/dossiers", "dossier-desk");
            j.follow(j.page.locator("main table a[href^='/officer/dossiers/']").first(), "desk-dossier");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aCityOperatorWorksTheHotline(Viewport viewport) {
        // A caller waiting for a person and one waiting for a call-back, so the console has something to show.
        testCalls.waiting("+84912345678");
        testCalls.callback("0987654321");
        walk("hotline-operator", viewport, j -> {
            j.signIn("operator@demo.opencity.vn");
            j.open("/officer/hotline", "hotline-console");
            j.open("/officer/hotline/calls", "hotline-calls");
            j.follow(
                    j.page.locator("main table a[href^='/officer/hotline/calls/']")
                            .first(),
                    "hotline-call");
            // The call simulator, and a call started on it.
            j.open("/officer/hotline/simulator", "hotline-simulator");
            j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu cuộc gọi"))
                    .click();
            j.page.locator("ol.transcript > li").first().waitFor();
            j.audit("hotline-simulator-call");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aResidentBooksAnAppointmentAndKeepsItsCalendarFile(Viewport viewport) {
        // Each window size books its own day: one booking per person, procedure and day.
        java.time.LocalDate day = testBookings.workingDay(16 + viewport.ordinal() * 3);
        walk("appointment", viewport, j -> {
            j.open("/service-points", "service-points");
            j.page.locator("form[role=search] #q").fill("dich vong hau");
            j.page.locator("form[role=search] #q").press("Enter");
            j.page.waitForURL(Pattern.compile(".*/service-points\\?.*q=.*"));
            j.audit("service-points-search");
            j.open("/service-points/TTPVHCC-00070", "service-point");
            j.open("/service-points/TTPVHCC-00070/kiosk", "queue-kiosk");
            j.open("/service-points/TTPVHCC-00070/board", "queue-board");

            j.signIn("resident@demo.opencity.vn");
            j.open("/appointments/new?point=TTPVHCC-00070", "appointment-procedure");
            j.page.locator("#pq").fill("khai sinh");
            j.page.locator("#pq").press("Enter");
            j.page.waitForURL(Pattern.compile(".*/appointments/new\\?.*q=.*"));
            j.audit("appointment-procedures");
            j.page.locator("ul.results a[href*='procedure=1.001193']").first().click();
            j.page.locator("#date").fill(day.toString());
            j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem khung giờ"))
                    .click();
            j.page.waitForURL(Pattern.compile(".*date=" + day + ".*"));
            j.audit("appointment-slots");
            j.page.locator(".slot-picker input:not([disabled]) + label").first().click();
            j.page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Đặt lịch").setExact(true))
                    .click();
            j.page.waitForURL(Pattern.compile(".*/appointments/[0-9a-f-]{36}$"));
            j.audit("appointment-confirmation");

            // The calendar file behind "Add to calendar", read back by an iCalendar parser.
            String ics = j.page.locator("a[href$='/calendar.ics']").getAttribute("href");
            com.microsoft.playwright.APIResponse file =
                    j.page.context().request().get(j.url(ics));
            assertThat(file.headers().get("content-type")).startsWith("text/calendar");
            biweekly.component.VEvent event =
                    biweekly.Biweekly.parse(file.text()).first().getEvents().get(0);
            assertThat(event.getDateStart()
                            .getValue()
                            .toInstant()
                            .atZone(org.opencity.shared.WorkingCalendar.VIETNAM)
                            .toLocalDate())
                    .isEqualTo(day);
            j.open("/appointments", "my-appointments");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aCentreClerkKeepsTheCentre(Viewport viewport) {
        walk("centre-desk", viewport, j -> {
            j.signIn("clerk.hoankiem@demo.opencity.vn");
            j.open("/officer/service-points", "workplaces");
            j.open("/officer/appointments/TTPVHCC-00070", "appointments-day");
            j.open("/officer/service-points/TTPVHCC-00070", "counters-and-hours");
            j.open("/officer/queue/TTPVHCC-00070", "queue-desk");
            j.open("/officer/queue/TTPVHCC-00070/counters/2", "queue-counter");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void anAdministratorLooksAfterTheCity(Viewport viewport) {
        walk("administrator", viewport, j -> {
            j.signIn("admin@demo.opencity.vn");
            j.open("/admin/audit", "audit-log");
            j.open("/admin/report-categories", "report-categories");
            j.open("/admin/notifications", "notifications");
            j.open("/admin/assistant/faq", "assistant-faq");
            j.open("/admin/assistant/faq/FAQ-001", "assistant-faq-entry");
            j.open("/admin/assistant/review", "assistant-review");
            j.open("/admin/data", "open-data-admin");
            j.open("/admin/data/new", "open-data-new");
            // Registered through the form: the dataset's own page has its files, upload and link forms.
            j.page.getByLabel("Tiêu đề (tiếng Việt)").fill("Kiểm thử tiếp cận: điểm thu gom pin cũ");
            j.page.getByLabel("Mô tả (tiếng Việt)").fill("Các điểm nhận pin và thiết bị điện tử cũ.");
            j.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký bộ dữ liệu"))
                    .click();
            j.page.waitForURL(Pattern.compile(".*/admin/data/kiem-thu-tiep-can[a-z0-9-]*$"));
            j.audit("open-data-dataset");
            j.expectStatus(j.page.navigate(j.url("/design")), 200);
            j.audit("design-system");
        });
    }

    /** One journey at one window size: its own browser context, then every problem found, or none. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void anOperatorFiltersTheDashboardByWardAndDrillsDown(Viewport viewport) {
        insightFixtures.ensure();
        dossierFigures.refresh();
        reportFigures.refresh();
        String ward = insightFixtures.ward().code();
        walk("operations", viewport, j -> {
            j.signIn("operator@demo.opencity.vn");
            j.open("/operations?from=2025-03-01&to=2025-03-31", "operations-dashboard");
            j.page.locator("#ward").selectOption(ward);
            j.page.locator("main form[role=search] button[type=submit]").click();
            j.page.waitForURL(Pattern.compile(".*ward=" + ward + ".*"));
            j.audit("operations-dashboard-ward");
            assertThat(j.page.locator("[data-figure=dossiers-submitted]").textContent())
                    .isEqualTo("3");
            // The chart is drawn from the table (and the table stays).
            j.page.locator("section[data-chart] [data-chart-box] svg").first().waitFor();
            j.follow(
                    j.page.locator("main a[href*='/operations/dossiers'][href*='late=true']")
                            .first(),
                    "operations-dossiers");
            assertThat(j.page.locator("main table").textContent()).contains("INS-TEST-D2");
            j.open("/operations/reports", "monthly-reports");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void aResidentOpensAWardScorecardAndDownloadsADataset(Viewport viewport) {
        insightFixtures.ensure();
        dossierFigures.refresh();
        reportFigures.refresh();
        String ward = insightFixtures.ward().code();
        walk("scorecards", viewport, j -> {
            j.open("/scorecards?from=2025-03-01&to=2025-03-31", "scorecards");
            j.follow(
                    j.page.locator("main table a[href^='/scorecards/" + ward + "']")
                            .first(),
                    "ward-scorecard");
            assertThat(j.page.locator("tr[data-indicator=ON_TIME]").textContent())
                    .contains("50,0");
            j.open("/scorecards/city", "city-scorecard");
            // The open-data pages are audited in their own journey; here the download is what counts.
            j.open("/data/phuong-xa-ha-noi", "dataset", 200, false);
            com.microsoft.playwright.Download download = j.page.waitForDownload(() ->
                    j.page.locator("main a[href^='/data/download/']").first().click());
            try {
                String csv = Files.readString(download.path());
                assertThat(csv.lines().count()).as("a header and the 126 wards").isGreaterThan(126);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void walk(String journey, Viewport viewport, java.util.function.Consumer<Journey> steps) {
        PageAudit audit = new PageAudit(journey, viewport.folder, SCREENSHOTS);
        String base = "http://localhost:" + port;
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(viewport.width, viewport.height))) {
            context.setDefaultTimeout(15_000);
            // Anything not served by this application (the map's tile server) is answered here: tiles with a
            // plain tile, the rest refused, so the pages are tested as they are on this machine, offline.
            // (The pattern is read both by Java and by the browser's JavaScript: plain characters only.)
            context.route(Pattern.compile("^(?!http://localhost:" + port + "/)"), route -> {
                if (route.request().resourceType().equals("image")) {
                    route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                            .setStatus(200)
                            .setContentType("image/png")
                            .setBodyBytes(blankTile));
                } else {
                    route.abort();
                }
            });
            Journey j = new Journey(context.newPage(), audit, base);
            try {
                steps.accept(j);
            } catch (RuntimeException | AssertionError e) {
                String found = audit.verdict();
                throw new AssertionError(
                        journey + " journey at " + viewport + " stopped on " + j.page.url() + ": " + e.getMessage()
                                + (found.isEmpty() ? "" : "\nBefore that:\n" + found),
                        e);
            }
        }
        String found = audit.verdict();
        assertThat(audit.findings()).as(found).isEmpty();
    }

    /** A person's way through the pages: opening them, following links, signing in; each page audited. */
    static final class Journey {

        final Page page;
        final PageAudit audit;
        final String base;

        Journey(Page page, PageAudit audit, String base) {
            this.page = page;
            this.audit = audit;
            this.base = base;
        }

        String url(String path) {
            return base + path;
        }

        void open(String path, String name) {
            open(path, name, 200, true);
        }

        void open(String path, String name, int status) {
            open(path, name, status, true);
        }

        void open(String path, String name, int status, boolean audited) {
            Response response = page.navigate(url(path));
            expectStatus(response, status);
            if (audited) {
                audit(name);
            }
        }

        void follow(Locator link, String name) {
            String href = link.getAttribute("href");
            link.click();
            page.waitForURL(url(href));
            audit(name);
        }

        void audit(String name) {
            audit.check(page, name);
        }

        void expectStatus(Response response, int status) {
            int actual = response == null ? -1 : response.status();
            if (actual != status) {
                audit.problem(page, "journey:http-status", "answered " + actual + ", expected " + status);
            }
        }

        void signIn(String login) {
            page.navigate(url("/login"));
            page.getByLabel("Số điện thoại hoặc email").fill(login);
            page.getByLabel("Mật khẩu").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            page.waitForURL(u -> !u.contains("/login"));
        }
    }
}
