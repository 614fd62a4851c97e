package org.opencity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation without an SMS gateway (the test configuration has none) queues no text to a number without an
 * account, and says so in the log once, without the number.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class TextMessagesWithoutGatewayTests {

    @Autowired
    TextMessages texts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAGatewayNothingIsQueuedAndTheLogSaysSoOnce(CapturedOutput log) {
        String prefix = "hotline:no-gateway-" + System.nanoTime();

        boolean first = texts.send(
                "0912 345 871", prefix + ":1", "report.received", List.of("PA-1"), Locale.forLanguageTag("vi"));
        boolean second = texts.send(
                "0912345872", prefix + ":2", "report.received", List.of("PA-2"), Locale.forLanguageTag("vi"));

        assertThat(first).isFalse();
        assertThat(second).isFalse();
        assertThat(jdbc.sql("select count(*) from ntf_delivery where source_event like :p")
                        .param("p", prefix + ":%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(log.getAll().split("No SMS gateway is configured", -1)).hasSize(2);
        assertThat(log.getAll()).doesNotContain("345871").doesNotContain("345872");
    }
}
