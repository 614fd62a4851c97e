package org.opencity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The mobile app's multipart submission over real HTTP (Tomcat parses the parts): a retry with the same
 * Idempotency-Key, photos included, creates one report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    private ResponseEntity<String> send(String key, byte[] photo) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("report", new HttpEntity<>("""
                {"categoryCode": "WASTE", "description": "Rác ở góc phố %s", "lat": 21.0287, "lon": 105.8524}""".formatted(key), json));
        parts.add("photos", new ByteArrayResource(photo) {
            @Override
            public String getFilename() {
                return "rac.png";
            }
        });
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/reports")
                .header("Authorization", "Bearer " + people.signedToken(DemoPeople.RESIDENT))
                .header("Idempotency-Key", key)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }

    @Test
    void aRetriedMultipartSubmissionCreatesOneReport() {
        String key = UUID.randomUUID().toString();
        long before = count();
        byte[] photo = TestImages.png(200, 150);
        ResponseEntity<String> first = send(key, photo);
        ResponseEntity<String> again = send(key, photo);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(count()).isEqualTo(before + 1);

        ResponseEntity<String> otherPhoto = send(key, TestImages.png(201, 150));
        assertThat(otherPhoto.getStatusCode().value()).isEqualTo(422);
        assertThat(count()).isEqualTo(before + 1);
    }

    private long count() {
        return jdbc.sql("select count(*) from rpt_report").query(Long.class).single();
    }
}
