package org.opencity.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * A process that dies in the middle of a request loses its database connection, and with it its open
 * transaction. The test does exactly that to a submission caught mid-way (held by a table lock), then retries
 * with the same Idempotency-Key: the retry must run again and create one report, never answer 409 for ever.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyCrashTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aRequestCutOffMidwayLeavesNoClaimAndTheRetryRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String description = "Cột điện nghiêng " + key;
        int stuckBackend;
        CompletableFuture<ResponseEntity<String>> cutOff;
        CompletableFuture<ResponseEntity<String>> impatientRetry;
        try (Connection holder = dataSource.getConnection();
                Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("lock table rpt_report in share row exclusive mode");
            cutOff = CompletableFuture.supplyAsync(() -> submit(key, description));
            stuckBackend = await().atMost(Duration.ofSeconds(20))
                    .until(this::backendWaitingToInsertAReport, pid -> pid != null);

            // While the effect is not committed, neither is the claim: a crash now leaves nothing behind.
            assertThat(claims(key)).isZero();
            assertThat(reports(description)).isZero();
            impatientRetry = CompletableFuture.supplyAsync(() -> submit(key, description));
            assertThat(impatientRetry.get().getStatusCode().value()).isEqualTo(409);

            jdbc.sql("select pg_terminate_backend(:pid)")
                    .param("pid", stuckBackend)
                    .query()
                    .singleValue();
            holder.rollback();
        }
        assertThat(cutOff.get().getStatusCode().is5xxServerError()).isTrue();
        assertThat(claims(key)).isZero();
        assertThat(reports(description)).isZero();

        ResponseEntity<String> retry = submit(key, description);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> again = submit(key, description);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(retry.getBody());
        assertThat(reports(description)).isEqualTo(1);
    }

    @Test
    void anAnswerIsStoredInTheSameTransactionAsTheEffect() {
        String key = UUID.randomUUID().toString();
        String description = "Đèn đường tắt " + key;
        assertThat(submit(key, description).getStatusCode().value()).isEqualTo(201);
        String reportNumber = jdbc.sql("select number from rpt_report where description = :d")
                .param("d", description)
                .query(String.class)
                .single();
        String storedBody = jdbc.sql(
                        "select convert_from(body, 'UTF8') from platform_idempotency_key where idem_key = :k")
                .param("k", key)
                .query(String.class)
                .single();
        assertThat(storedBody).contains(reportNumber);
    }

    private Integer backendWaitingToInsertAReport() {
        return jdbc.sql("""
                select pid from pg_stat_activity
                where wait_event_type = 'Lock' and query ilike '%insert into rpt_report (%'""").query(Integer.class).optional().orElse(null);
    }

    private long claims(String key) {
        return jdbc.sql("select count(*) from platform_idempotency_key where idem_key = :k")
                .param("k", key)
                .query(Long.class)
                .single();
    }

    private long reports(String description) {
        return jdbc.sql("select count(*) from rpt_report where description = :d")
                .param("d", description)
                .query(Long.class)
                .single();
    }

    private ResponseEntity<String> submit(String key, String description) {
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/reports")
                .header("Authorization", "Bearer " + people.signedToken(DemoPeople.RESIDENT))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"categoryCode": "LIGHTING", "description": "%s", "lat": 21.0287, "lon": 105.8524}""".formatted(description))
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }
}
