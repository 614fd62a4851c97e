package org.opencity.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * A file over the container's multipart limit, sent over real HTTP (MockMvc has no such limit): the container
 * refuses it before any controller, and the administrator still gets the open-data refusal in words, with the
 * limit, in their language; nothing is kept.
 */
// Real HTTP, as ApiFuzzTests (same configuration, so both share one application context).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatasetUploadHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    DatasetRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.servlet.multipart.max-file-size}")
    DataSize containerLimit;

    @Test
    void aFileOverTheContainersLimitIsRefusedInWordsWithTheLimit() throws Exception {
        Actor admin = people.actor(DemoPeople.ADMIN);
        String name = registry.register(
                        admin,
                        DatasetDraftBuilder.builder()
                                .titleVi("Tệp quá lớn qua HTTP " + System.nanoTime())
                                .descriptionVi("Kiểm thử giới hạn tải lên.")
                                .publisher("ubnd-tp-ha-noi")
                                .licenseId("CC-BY-4.0")
                                .themes(java.util.List.of("GOVE"))
                                .frequency("NEVER")
                                .build())
                .dataset()
                .name();
        byte[] file = new byte[(int) containerLimit.toBytes() + 1024];
        Arrays.fill(file, (byte) 'a');
        String boundary = "od-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        for (String[] language : new String[][] {{"vi", "Tệp lớn hơn "}, {"en", "The file is larger than "}}) {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/opendata/datasets/"
                                            + name + "/resources"))
                                    .header("Authorization", "Bearer " + people.signedToken(DemoPeople.ADMIN))
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .header("Accept-Language", language[0])
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains(language[1] + registry.maxUploadMegabytes() + " MB");
        }
        assertThat(jdbc.sql("select count(*) from od_resource r join od_dataset d on d.id = r.dataset_id"
                                + " where d.name = :n")
                        .param("n", name)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
