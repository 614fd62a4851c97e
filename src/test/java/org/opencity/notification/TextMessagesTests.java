package org.opencity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencity.DemoPeople;
import org.opencity.platform.InvalidRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A caller without an account gets a text through the same queue, sender and SMS gateway as everyone else (a local
 * HTTP server stands in for the gateway): once per source event, only to a Vietnamese number, and administrators and
 * the log never see the whole number.
 */
@SpringBootTest(properties = {"opencity.notification.sender-enabled=true", "opencity.notification.poll=200ms"})
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TextMessagesTests {

    static final StandInServer gateway = new StandInServer();

    @DynamicPropertySource
    static void sms(DynamicPropertyRegistry registry) {
        registry.add("opencity.notification.sms.url", () -> gateway.url("/sms"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Autowired
    TextMessages texts;

    @Autowired
    DeliveryAdministration administration;

    @Autowired
    DemoPeople people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A fresh mobile number as a caller would say it, national form: 09xxxxxxxx. */
    private static String caller() {
        return "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private static String key() {
        return "hotline:PA-2026-" + System.nanoTime() + ":RECEIVED";
    }

    private long deliveryOf(String sourceEvent) {
        return jdbc.sql("select id from ntf_delivery where source_event = :s")
                .param("s", sourceEvent)
                .query(Long.class)
                .single();
    }

    @Test
    void aTextToANumberWithoutAccountGoesThroughTheGateway(CapturedOutput log) {
        String phone = caller();
        String sourceEvent = key();
        gateway.answer(request -> 200);

        boolean queued = texts.send(
                "+84 " + phone.substring(1),
                sourceEvent,
                "report.received",
                List.of("PA-2026-000777"),
                Locale.forLanguageTag("vi"));

        assertThat(queued).isTrue();
        long id = deliveryOf(sourceEvent);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(administration
                                .delivery(people.actor(DemoPeople.ADMIN), id)
                                .status())
                        .isEqualTo(DeliveryStatus.SENT));
        assertThat(gateway.received("/sms").stream().filter(r -> r.text().contains(phone)))
                .singleElement()
                .satisfies(sms -> assertThat(sms.text())
                        .contains("OpenCity: Da tiep nhan phan anh PA-2026-000777.")
                        .contains("\"ref\":\"" + id + "\""));
        assertThat(administration.attempts(people.actor(DemoPeople.ADMIN), id))
                .extracting(DeliveryAttemptView::outcome)
                .containsExactly("SENT");
        assertThat(log.getAll()).doesNotContain(phone.substring(1));
    }

    @Test
    void theSameSourceEventTwiceQueuesOneText() {
        String sourceEvent = key();
        gateway.answer(request -> 200);

        assertThat(texts.send(
                        caller(),
                        sourceEvent,
                        "report.received",
                        List.of("PA-2026-000778"),
                        Locale.forLanguageTag("en")))
                .isTrue();
        assertThat(texts.send(
                        caller(),
                        sourceEvent,
                        "report.received",
                        List.of("PA-2026-000778"),
                        Locale.forLanguageTag("en")))
                .isFalse();

        assertThat(jdbc.sql("select count(*) from ntf_delivery where source_event = :s")
                        .param("s", sourceEvent)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+33612345678", "12345", "0912", "09123456789012", "not a number", ""})
    void aNumberThatIsNotVietnameseIsRefused(String phone) {
        String sourceEvent = key();

        assertThatThrownBy(() ->
                        texts.send(phone, sourceEvent, "report.received", List.of("PA-1"), Locale.forLanguageTag("vi")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(refused.messageKey()).isEqualTo("problem.notification.phone-invalid");
                });
        assertThat(jdbc.sql("select count(*) from ntf_delivery where source_event = :s")
                        .param("s", sourceEvent)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void administratorsSeeTheNumberMasked() throws Exception {
        String phone = caller();
        String sourceEvent = key();
        gateway.answer(request -> request.text().contains(phone) ? 400 : 200);

        texts.send(phone, sourceEvent, "report.received", List.of("PA-2026-000779"), Locale.forLanguageTag("vi"));
        long id = deliveryOf(sourceEvent);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(administration
                                .delivery(people.actor(DemoPeople.ADMIN), id)
                                .status())
                        .isEqualTo(DeliveryStatus.FAILED));

        String masked = "*******" + phone.substring(7);
        assertThat(administration.delivery(people.actor(DemoPeople.ADMIN), id).maskedAddress())
                .isEqualTo(masked);
        String whole = phone.substring(1);
        mvc.perform(get("/admin/notifications").with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(whole))));
        mvc.perform(get("/admin/notifications/{id}", id).with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(containsString(sourceEvent)))
                .andExpect(content().string(not(containsString(whole))));
        mvc.perform(get("/api/v1/admin/notification-deliveries").with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == %d)].maskedAddress", id).value(masked))
                .andExpect(content().string(not(containsString(whole))));
    }
}
