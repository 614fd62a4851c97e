package org.opencity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencity.OpenCityApplication;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Registration;
import org.opencity.report.NewReport;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node stops in the middle of sending: the notification it claimed is neither lost nor sent twice. This context
 * queues but never sends (as a node whose sender died); a second application started on the same database takes the
 * delivery over once the dead node's claim runs out, and sends it exactly once.
 */
@SpringBootTest(properties = {"opencity.notification.sender-enabled=false", "spring.mail.host=127.0.0.1"})
class NotificationRestartTests {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }

    @Autowired
    ReportManagement reports;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeliveryLeftMidwayByAStoppedNodeIsSentOnceByTheNext() {
        String email = "restart-" + System.nanoTime() + "@example.vn";
        Account resident =
                accounts.register(new Registration("Người Nhận", null, email, "một mật khẩu dài", "00070", "vi"));
        String number = reports.submit(
                        new NewReport(
                                "LIGHTING",
                                "Đèn đường tắt cả dãy",
                                21.0287,
                                105.8524,
                                null,
                                false,
                                ReportSource.WEB,
                                resident.id(),
                                null,
                                null,
                                List.of()),
                        Locale.ROOT)
                .number();
        String source = "report:" + number + ":%";
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        jdbc.sql("select count(*) from ntf_delivery where source_event like :s and channel = 'EMAIL'")
                                        .param("s", source)
                                        .query(Long.class)
                                        .single()
                                == 1);

        // The node claimed it and died before it could say whether the mail went out.
        jdbc.sql("""
                update ntf_delivery set status = 'SENDING', lease_until = now() + interval '1 second'
                where source_event like :s""").param("s", source).update();
        assertThat(mail.getReceivedMessages()).isEmpty();

        // Command-line arguments, because they outrank the test configuration (which keeps senders off).
        try (ConfigurableApplicationContext next = new SpringApplicationBuilder(OpenCityApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + mail.getSmtp().getPort(),
                        "--opencity.notification.sender-enabled=true",
                        "--opencity.notification.poll=200ms",
                        "--opencity.demo.enabled=false")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> received(email) == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> received(email) == 1);
        }
        assertThat(jdbc.sql("select status || '/' || attempts from ntf_delivery where source_event like :s")
                        .param("s", source)
                        .query(String.class)
                        .single())
                .isEqualTo("SENT/1");
    }

    private static long received(String email) {
        return java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .count();
    }
}
