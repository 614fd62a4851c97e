package org.opencity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencity.DemoPeople;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Registration;
import org.opencity.platform.PageQuery;
import org.opencity.report.NewReport;
import org.opencity.report.ReportDesk;
import org.opencity.report.ReportId;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.opencity.report.ReportStatus;
import org.opencity.report.ReportStatusChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notifications leave through real channels: a real SMTP server (GreenMail) reads the mails, local HTTP servers stand
 * in for the SMS gateway and a browser's push service. Failures are retried with the attempts recorded, nothing is
 * sent twice for one event, and administrators see every delivery and can resend it.
 */
@SpringBootTest(
        properties = {
            "opencity.notification.sender-enabled=true",
            "opencity.notification.poll=200ms",
            "opencity.notification.first-retry=300ms",
            "opencity.notification.push-hosts=127.0.0.1,http://127.0.0.1",
            "spring.mail.host=127.0.0.1"
        })
@AutoConfigureMockMvc
@DirtiesContext
class NotificationDeliveryTests {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    static final StandInServer services = new StandInServer();

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        registry.add("opencity.notification.sms.url", () -> services.url("/sms"));
        registry.add("opencity.notification.sms.headers.Authorization", () -> "Bearer sms-test-key");
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Autowired
    ReportManagement reports;

    @Autowired
    ReportDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    PushSubscriptions push;

    @Autowired
    DeliveryAdministration administration;

    @Autowired
    DemoPeople people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private Account resident(String locale) {
        String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String email = "nguoi-" + System.nanoTime() + "@example.vn";
        Account account =
                accounts.register(new Registration("Người Nhận", phone, email, "một mật khẩu dài", "00070", locale));
        // Tests run at any hour; quiet hours are tested on their own.
        preferences.change(account.id(), new NotificationSettings(true, true, true, null, null));
        return account;
    }

    private String report(AccountId reporter) {
        return reports.submit(
                        new NewReport(
                                "ROADS",
                                "Ổ gà lớn",
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
    }

    private static MimeMessage[] mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    private static String[] subscriptionKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + Math.max(0, 32 - x.length), Math.min(32, x.length));
        System.arraycopy(y, Math.max(0, y.length - 32), point, 33 + Math.max(0, 32 - y.length), Math.min(32, y.length));
        byte[] auth = new byte[16];
        ThreadLocalRandom.current().nextBytes(auth);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return new String[] {base64.encodeToString(point), base64.encodeToString(auth)};
    }

    @Test
    void everyChannelCarriesEachStepInThePersonsLanguage() throws Exception {
        Account reporter = resident("vi");
        Account follower = resident("en");
        String[] keys = subscriptionKeys();
        push.subscribe(reporter.id(), services.url("/push/reporter"), keys[0], keys[1], "test browser");
        push.subscribe(follower.id(), services.url("/push/gone"), keys[0], keys[1], "old browser");
        services.answer(request ->
                request.path().equals("/push/gone") ? 410 : request.path().startsWith("/push") ? 201 : 200);

        String number = report(reporter.id());
        reports.join(number, follower.id(), Locale.ROOT);
        desk.answer(people.actor(DemoPeople.HOAN_KIEM_OFFICER), number, "Đã vá xong ổ gà", List.of(), true);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(mailTo(reporter.email()))
                    .extracting(MimeMessage::getSubject)
                    .contains("Phản ánh " + number + ": Tiếp nhận", "Phản ánh " + number + ": Đã xử lý xong");
            assertThat(mailTo(follower.email()))
                    .extracting(MimeMessage::getSubject)
                    .contains("Report " + number + ": Resolved");
        });
        MimeMessage received = Arrays.stream(mailTo(reporter.email()))
                .filter(m -> body(m).contains("Chúng tôi đã tiếp nhận") && isReceived(m, number))
                .findFirst()
                .orElseThrow();
        assertThat(received.getHeader("X-OpenCity-Delivery")).isNotEmpty();
        assertThat(Arrays.stream(mailTo(follower.email())).map(NotificationDeliveryTests::body))
                .anySatisfy(body -> assertThat(body).contains("Đã vá xong ổ gà").contains("/reports/" + number));

        String reporterPhone = reporter.phone();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(services.received("/sms"))
                        .anySatisfy(sms -> assertThat(sms.text())
                                .contains(reporterPhone)
                                .contains("da xu ly xong")
                                .contains("\"ref\":\"")));
        assertThat(services.received("/sms").get(0).header("Authorization")).isEqualTo("Bearer sms-test-key");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(services.received("/push/reporter")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(push.count(follower.id())).isZero();
        });
        StandInServer.Received pushed = services.received("/push/reporter").get(0);
        assertThat(pushed.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(pushed.header("Authorization")).startsWith("vapid t=").contains(", k=" + push.publicKey());
        assertThat(pushed.header("TTL")).isNotBlank();
        assertThat(pushed.body().length).isGreaterThan(86);
        assertThat(new String(pushed.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Phan anh");
    }

    private static boolean isReceived(MimeMessage message, String number) {
        try {
            return message.getSubject().equals("Phản ánh " + number + ": Tiếp nhận");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailedSendIsRetriedAndEveryAttemptIsRecorded() {
        Account reporter = resident("vi");
        String phone = reporter.phone();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        services.answer(request -> request.text().contains(phone) && failures.getAndIncrement() == 0 ? 503 : 200);

        String number = report(reporter.id());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            DeliveryView sms = delivery(number, NotificationChannel.SMS);
            assertThat(sms.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(sms.attempts()).isEqualTo(2);
        });
        DeliveryView sms = delivery(number, NotificationChannel.SMS);
        assertThat(administration.attempts(people.actor(DemoPeople.ADMIN), sms.id()))
                .extracting(DeliveryAttemptView::outcome)
                .containsExactly("RETRY", "SENT");
        assertThat(services.received("/sms").stream().filter(r -> r.text().contains(phone)))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.text()).contains("\"ref\":\"" + sms.id() + "\""));
    }

    @Test
    void anEventHandledTwiceSendsOneMessage() {
        Account reporter = resident("vi");
        services.answer(request -> 200);
        String number = report(reporter.id());
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(mailTo(reporter.email())).hasSize(1));

        // The same event delivered again, as after a crash before its publication was marked complete.
        var stored = jdbc.sql("""
                select r.id, r.created_at, e.id from rpt_report r join rpt_event e on e.report_id = r.id
                where r.number = :n and e.kind = 'RECEIVED'""")
                .param("n", number)
                .query((rs, n) -> new ReportStatusChanged(
                        new ReportId(rs.getObject(1, java.util.UUID.class)),
                        number,
                        reporter.id(),
                        ReportStatus.RECEIVED,
                        "RECEIVED",
                        null,
                        rs.getTimestamp(2).toInstant(),
                        rs.getLong(3)))
                .single();
        transactions.executeWithoutResult(tx -> events.publishEvent(stored));

        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(mailTo(reporter.email())).hasSize(1));
        assertThat(jdbc.sql("select count(*) from ntf_delivery where source_event like :n")
                        .param("n", "report:" + number + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private DeliveryView delivery(String number, NotificationChannel channel) {
        return administration.deliveries(people.actor(DemoPeople.ADMIN), null, new PageQuery(0, 200)).items().stream()
                .filter(d -> d.sourceEvent().startsWith("report:" + number + ":") && d.channel() == channel)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void administratorsSeeFailuresAndResend() throws Exception {
        Account reporter = resident("en");
        String phone = reporter.phone();
        services.answer(request -> request.text().contains(phone) ? 400 : 200);
        String number = report(reporter.id());
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(
                                delivery(number, NotificationChannel.SMS).status())
                        .isEqualTo(DeliveryStatus.FAILED));
        DeliveryView failed = delivery(number, NotificationChannel.SMS);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("HTTP 400");
        assertThat(failed.maskedAddress())
                .endsWith(phone.substring(phone.length() - 3))
                .doesNotContain(phone.substring(1, 7));

        mvc.perform(get("/admin/notifications").param("status", "FAILED").with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(failed.maskedAddress())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(reporter.phone()))));
        mvc.perform(post("/api/v1/admin/notification-deliveries/{id}/resend", failed.id())
                        .with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());

        services.answer(request -> 200);
        mvc.perform(post("/api/v1/admin/notification-deliveries/{id}/resend", failed.id())
                        .with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(
                                delivery(number, NotificationChannel.SMS).status())
                        .isEqualTo(DeliveryStatus.SENT));
        assertThat(administration.attempts(people.actor(DemoPeople.ADMIN), failed.id()))
                .extracting(DeliveryAttemptView::outcome)
                .containsExactly("FAILED", "RESEND", "SENT");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'NOTIFICATION_RESENT' and target_id = :id")
                        .param("id", Long.toString(failed.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPersonChoosesChannelsAndQuietHours() throws Exception {
        mvc.perform(
                        put("/api/v1/me/notification-settings")
                                .with(people.bearer(DemoPeople.RESIDENT))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"email\":true,\"sms\":false,\"push\":true,\"quietFrom\":\"22:00\",\"quietTo\":\"06:30\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/notification-settings").with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sms").value(false))
                .andExpect(jsonPath("$.quietFrom").value("22:00:00"));
        assertThat(preferences.of(people.id(DemoPeople.RESIDENT)).quietTo()).isEqualTo(LocalTime.of(6, 30));

        mvc.perform(put("/api/v1/me/notification-settings")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"email\":true,\"sms\":true,\"push\":true,\"quietFrom\":\"22:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        mvc.perform(
                        post("/api/v1/me/push-subscriptions")
                                .with(people.bearer(DemoPeople.RESIDENT))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"endpoint\":\"https://internal.example/steal\",\"keys\":{\"p256dh\":\"x\",\"auth\":\"y\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/push/public-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publicKey").value(push.publicKey()));
        mvc.perform(get("/inbox/settings").with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"quietFrom\"")));
    }
}
